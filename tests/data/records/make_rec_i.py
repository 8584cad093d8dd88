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

from needles import Batch, E, P, check_sources, d, mo, with_title, wk, yr

PLACES = {
    'Gulf of Aden': (12.0, 48.0),  # as rec_c
    'Yemen': (15.5, 47.5),  # country
    'west of Aden': (12.6, 42.6),  # "150 nautical miles west of Aden", approximate point
    'Oregon': (44.0, -120.5),  # US state (ADM1), approximate point
    'Woodburn': (45.14, -122.86),  # geonameid 5761708
    'Troy': (42.61, -83.15),  # Troy, Michigan, geonameid 5012639
    'Greece': (39.0, 22.0),  # country
    'Brooklyn': (40.65, -73.95),  # geonameid 5110302
    'East Flatbush': (40.65, -73.93),  # neighbourhood of Brooklyn, approximate point
    'Philadelphia': (39.95, -75.16),  # geonameid 4560349
    'Palermo': (38.12, 13.36),  # geonameid 2523920
    'Millom': (54.21, -3.27),  # geonameid 2642465
    'Brownsville': (40.66, -73.91),  # Brownsville, Brooklyn, approximate point
    'Hanoi': (21.02, 105.84),  # geonameid 1581130
    'Niamey': (13.51, 2.11),  # geonameid 2440485
    'Gaya': (11.88, 3.45),  # Gaya, Niger, geonameid 2444995
    'Dosso': (13.05, 3.19),  # geonameid 2445488 (seat of the Dosso region)
    'Cotonou': (6.37, 2.42),  # geonameid 2394819
    'UNITED NATIONS': (40.75, -73.97),  # UN headquarters, New York (dateline)
    'Sanaa': (15.35, 44.21),  # geonameid 71137
    'Brussels': (50.85, 4.35),  # geonameid 2800866
    'Tbilisi': (41.69, 44.83),  # geonameid 611717
    'Nduga': (-4.32, 138.35),  # Nduga regency, its seat Kenyam, approximate point
    'Paro': (-4.25, 138.1),  # village in Nduga, approximate point
    'Luanda': (-8.84, 13.23),  # geonameid 2240449
    'Beirut': (33.89, 35.5),  # geonameid 276781
    'Nabatieh': (33.38, 35.48),  # Nabatiye et Tahta, geonameid 268064
    'Port Sudan': (19.62, 37.22),  # geonameid 377039
    'El Geneina': (13.45, 22.45),  # geonameid 408646 (Geneina)
    'Bissau': (11.86, -15.6),  # geonameid 2374775
    'Kinshasa': (-4.32, 15.31),  # geonameid 2314302
    'Goma': (-1.68, 29.23),  # geonameid 216281
    'Bahrain': (26.03, 50.55),  # country
    'Somalia': (6.0, 48.0),  # country
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Cumbria': (54.5, -3.0),  # county (ADM2), approximate point
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
    "ecbplus:12_9ecb": (
        'The Indian navy says it has arrested 23 Somali and Yemeni pirates who tried to storm a ship in the Gulf of Aden.\n'
        'A navy spokesman said it had responded to a mayday call from MV Gibe, flying under the Ethiopian flag.\n'
        'Several countries have warships patrolling the gulf amid growing international concern about piracy.\n'
        'Meanwhile, US Defence Secretary Robert Gates said better intelligence was needed for a land attack on pirate bases to be considered.\n'
        'Mr Gates, speaking at a security conference in Bahrain, also called for shipping companies to do more to protect their vessels travelling through the Arabian Sean and Indian Ocean.\n'
        'The Indian government said in a statement that the captured pirates had a cache of arms and equipment, including seven AK-47 assault rifles, three machine guns, and a rocket-propelled grenade launcher.\n'
        'The pirates would be handed over to the appropriate authorities, the statement added.\n'
        "Last month, India's navy said it had sunk a pirate ``mother vessel'' off Somalia.\n"
        'But it later emerged that the vessel was actually a Thai fishing trawler that had been seized by pirates off Yemen.\n'
        'Mr Gates told the security conference:\n'
        '``The need for increased maritime security and potentially new and better means of co-operation has been highlighted by the recent high-profile acts of piracy off the coast of Somalia and in the Gulf of Aden.\n'
        'Robert Gates called for companies to protect their ships better\n'
        "``As with terrorism, piracy is a problem that has serious international implications and should be of particular concern to any nation that depends on the seas for commerce.''\n"
        'Mr Gates said most ships could outrun the pirates and they should take more preventative measures, like pulling up their ladders when at sea and perhaps placing armed guards on board.\n'
        "When asked by the BBC if the US intended to attack the pirates ' land bases, Mr Gates replied that the US and its allies would first need to acquire better intelligence on who is behind the ongoing attacks on shipping.\n"
        'He said he believed that just two or three Somali clans were responsible and that the individuals involved needed to be targeted accurately to avoid killing innocent civilians.'
    ),
    "ecbplus:19_3ecb": (
        'Greece calm after 8 days of riots by angry youths\n'
        'Athens was calm Sunday after eight days of the worst riots Greece has seen in decades, sparked by the police killing of a teenager.\n'
        "Traffic returned to normal in the center of town and an open-topped double-decker bus carried tourists round the city's main sights.\n"
        'The popular cafes in the Thissio area under the Acropolis were busy, and couples took their young children for a Sunday walk.\n'
        "But Greek youths who have protested daily since the boy's death have vowed to remain on the streets until their concerns are addressed.\n"
        'Protesters are angry not just at the police but at an increasingly unpopular government and over economic issues.\n'
        "A newspaper poll published Sunday showed the governing conservatives ' popularity at a dismal 20.6 percent, 5.6 percent below the main opposition Socialists.\n"
        'However, 55 percent of respondents said neither party seemed competent to handle the situation.\n'
        'The Focus poll of 1,000 people for Real News gave a 3.1 percent margin of error.\n'
        'Violence has wracked Greece every day since the death of 15-year-old Alexandros Grigoropoulos, spreading quickly from Athens to more than a dozen other cities and leaving at least 70 people injured.\n'
        'Hundreds of stores have been smashed and looted, and more than 200 people arrested.\n'
        'Late Saturday and early Sunday, youths in Athens attacked a police station, stores and banks and fought running battles with police, as candlelit vigils were held to mark a week since the shooting.\n'
        'A new candlelit vigil is planned for Sunday evening at the site of the shooting.\n'
        'A separate protest is scheduled in western Athens.'
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
    "geovirus:geovirus-225": (
        'Two daughters of blues legend B.B.'
        ' King are claiming on Monday that he was poisoned by business manager LaVerne Toney and personal assistant Myron Johnson.'
        ' The allegations were made by daughters Karen Williams and Patty King in affidavits provided by their lawyer to the Associated Press.'
        ' "I believe my father was poisoned and that he was administered foreign substances," Williams and King said in identically worded sections of the affidavits.'
        ' "I believe my father was murdered." Williams and King also allege that family members were prevented from visiting their father prior to his death.'
        " The lawyer for King's estate says the claims are ridiculous."
        ' "I hope they have a factual basis that they can demonstrate for their defamatory and libelous allegations," lawyer Brent Bryson said in a statement to the Associated Press.'
        ' Bryson says that King was appropriately cared for by medical professionals up until his death on May 14 in Las Vegas.'
        ' An autopsy of B.B.'
        " King's body was carried out on Sunday by the Clark County, Nevada coroner's office."
        " The coroner's office said on Twitter that it would be a minimum of six to eight weeks before results of the autopsy are finalised."
        ' The Las Vegas Police department said that a potential homicide investigation into the death of the blues legend will depend on autopsy findings.'
    ),
    "geovirus:geovirus-076": (
        'A man about to be indicted by the United States Department of Justice died Tuesday.'
        ' His lawyer has called the death a suicide.'
        ' Bruce Edwards Ivins, 62, was taken to Frederick Memorial Hospital in Frederick, Maryland, where he died of an overdose of Tylenol and codeine, the Los Angeles Times reported Friday.'
        ' Ivins, who worked at the biodefense laboratories in Fort Detrick, Maryland for 18 years, was about to be charged by the Justice Department in connection with the 2001 anthrax attacks, which killed five people and infected 17 others.'
        " Ivin's lawyer, Paul Kemp, insisted that his client had no role in the attacks, which targeted politicians in Washington DC, and members of the media in New York City and Florida."
        ' "For six years, Dr.'
        ' Ivins fully cooperated with that investigation, assisting the government in every way that was asked of him," Mr.'
        ' Kemp told the New York Times.'
        ' "The relentless pressure of accusation and innuendo takes its toll in different ways on different people, as has already been seen in this investigation.'
        ' In Dr.'
        ' Ivins’ case, it led to his untimely death." “Everybody is jumping to the conclusion that because this guy committed suicide, he must be the anthrax killer,” Mr.'
        ' Clawson told the New York Times.'
        ' “That is a lousy premise.'
        ' The pressure of these F.B.I.'
        ' investigations on individuals is phenomenal, and it is quite likely that this guy cracked under that pressure but had nothing to do with the killings.”'
    ),
}


def T(key, sentence=None):
    """The real text ``key`` and its title (``needles.with_title``)."""
    return with_title(TEXTS[key], sentence)


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
    E("recently seized a Saudi", "seized", "ASSAULT", "abduct", ("Somali pirates", "SOM", "UAF"),
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
    E("likely to be handed over", "handed over", "COERCE", "arrest", None,
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
      cl="ri-suk-foil"),
    E("Sukanya successfully intercepted the remaining three skiffs and carried",
      "intercepted", "COERCE", "arrest", SUK, ("the remaining three skiffs", "SOM", "UAF"), T10, None,
      speaker=("the officer", 2), mod="reported", cl="ri-suk-arrest"),
    E("well - practiced and professionally executed boarding - and - search action.\n\"The",
      "boarding", "COERCE", "seize", SUK, None, T10, None, speaker=("the officer", 2),
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
      cl="ri-suk-foil"),
    E("Sukanya successfully intercepted", "intercepted", "COERCE", "arrest", SUK,
      ("the remaining three skiffs", "SOM", "UAF"), T10, None, speaker=("the officer", 2),
      mod="reported", cl="ri-suk-arrest"),
    E("executed boarding", "boarding", "COERCE", "seize", SUK, None, T10, None,
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
      ("them", "SOM", "UAF"), T10, None, speaker=NAMB, mod="reported", cl="ri-suk-foil"),
    E("Sukanya successfully intercepted", "intercepted", "COERCE", "arrest", ("INS Sukanya", "IND", "MIL"),
      ("the remaining three boats", "SOM", "UAF"), T10, None, cl="ri-suk-arrest"),
    E("executed boarding", "boarding", "COERCE", "seize", ("INS Sukanya", "IND", "MIL"), None, T10,
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
    E("for a candlelit vigil", "vigil", "PROTEST", "demo", ("more than 100 people", "USA", "CVL"),
      None, M11, "East Flatbush", cl="ri-ef-march"),
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
    E("a peaceful vigil", "vigil", "PROTEST", "demo", None, None, M11, None,
      speaker=("Williams", "Williams wrote"), mod="reported", cl="ri-ef-march"),
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

# --------------------------------------------------------------------------
# 12-13 (ECB+ 26_6ecb, 26_8ecb): Lo Presti, arrested in the Palermo sweep of
# Tuesday 16 December 2008, found dead that night; copy of Wednesday 17.
# --------------------------------------------------------------------------
D16 = d("2008-12-16")
NOTE_LP = ("not printed: Lo Presti was detained in the sweep of Tuesday 16 December 2008 "
           "and found dead that night; police said it 'Wednesday' (as rec_g 26_3ecb)")
X, H = T("ecbplus:26_6ecb")
A("12", "unknown", "2008-12-17", H, X, [
    E("boss arrested Tuesday", "arrested", "COERCE", "arrest", None,
      ("A suspected Mafia boss", "ITA", "UAF"), D16, None, speaker="police sources", mod="reported",
      cl="ri-lopresti-arrest"),
    E("already convicted", "convicted", "SANCTION", "convict", None, ("who", "ITA", "UAF"), None,
      None),
    E("his latest arrest", "arrest", "COERCE", "arrest", None, ("his", "ITA", "UAF"), D16, None,
      cl="ri-lopresti-arrest"),
], source="ecbplus:26_6ecb", note=NOTE_LP)

X, H = T("ecbplus:26_8ecb")
ANSA = ("the Ansa news agency", "the Ansa news agency reported")
A("13", "unknown", "2008-12-17", H, X, [
    E("after being arrested", "arrested", "COERCE", "arrest", None,
      ("A suspected Mafia leader", "ITA", "UAF"), D16, None, speaker="police in Palermo, Sicily",
      mod="reported", cl="ri-lopresti-arrest"),
    E("police sweep on Tuesday", "sweep", "COERCE", "arrest", ("police", "ITA", "COP"), None, D16,
      None, speaker=ANSA, mod="reported", cl="ri-palermo-sweep"),
    E("89 people were arrested", "arrested", "COERCE", "arrest", None, ("89 people", "ITA", "UAF"),
      D16, None, speaker=ANSA, mod="reported", cl="ri-palermo-sweep"),
    E("nine-month probe", "probe", "ACCUSE", "investigate", None, None, None, None, speaker=ANSA,
      mod="reported"),
], source="ecbplus:26_8ecb", note=NOTE_LP)

# --------------------------------------------------------------------------
# 14 (ECB+ 16_8ecbplus, streetgangs.com): Deputy Jerry Ortiz killed on Friday
# 24 June 2005.
# --------------------------------------------------------------------------
J24 = d("2005-06-24")
X, H = T("ecbplus:16_8ecbplus")
A("14", "streetgangs.com", "2005-06-24", H, X, [
    E("Deputy Shot and Killed", "Shot", "ASSAULT", "firearms", None,
      ("Sheriff ’ s Deputy", "USA", "COP"), J24, None, cl="ri-ortiz-shoot"),
    E("someone shot him", "shot", "ASSAULT", "firearms", ("someone", "USA", None),
      ("him", "USA", "COP"), J24, None, speaker="authorities", mod="reported", cl="ri-ortiz-shoot"),
    E("when he was attacked", "attacked", "ASSAULT", None, None, (("he", "he was attacked"), "USA", "COP"), J24, None,
      speaker="Undersheriff Larry Waldie", mod="reported", cl="ri-ortiz-shoot"),
    E("put a bullet through", "put a bullet", "ASSAULT", "firearms", ("Someone", "USA", None),
      ("his", "USA", "COP"), J24, None, speaker=("Waldie", "head, ” Waldie said"),
      mod="reported", cl="ri-ortiz-shoot"),
    E("gang investigation", "investigation", "ACCUSE", "investigate",
      ("Deputy Jerry Ortiz", "USA", "COP"), None, None, None, speaker="Undersheriff Larry Waldie",
      mod="reported"),
    E("not immediately taken into custody", "taken into custody", "COERCE", "arrest", None,
      ("the person", "USA", None), J24, None, speaker="Authorities", mod="negated"),
    E("Deputies cordoned off", "cordoned off", "COERCE", "restrict", ("Deputies", "USA", "COP"),
      None, J24, None),
    E("were searching for the suspect", "searching", "MOBILIZE", "police", ("Deputies", "USA", "COP"),
      None, J24, None),
    E("to report the shooting", "shooting", "ASSAULT", "firearms", None, None, J24, None,
      speaker="sheriff ’ s Sgt. Vanette Christiansen", mod="reported", cl="ri-ortiz-shoot"),
], source="ecbplus:16_8ecbplus")

# --------------------------------------------------------------------------
# 15-16 (ECB+ 32_10ecbplus, 32_6ecbplus): the Millom double murder, two
# outlets on Monday 10 June 2013; the arrest on Saturday 8 June.
# --------------------------------------------------------------------------
J10, J8 = d("2013-06-10"), d("2013-06-08")
X, H = T("ecbplus:32_10ecbplus")
A("15", "The Westmorland Gazette", "2013-06-10", H, X, [
    E("Millom double murder", "double murder", "ASSAULT", None, None, None, None, "Millom",
      cl="ri-millom-murder"),
    E("Man charged with killing", "charged", "ACCUSE", "allege", None, ("Man", "GBR", "CVL"), J10,
      None, cl="ri-millom-charge"),
    E("charged with killing mother", "killing", "ASSAULT", None, ("Man", "GBR", "CVL"),
      ("mother and sister", "GBR", "CVL"), None, None, cl="ri-millom-murder"),
    E("A MAN has been charged", "charged", "ACCUSE", "allege", None, ("A MAN", "GBR", "CVL"), J10,
      None, cl="ri-millom-charge"),
    E("the murder of his mother", "murder", "ASSAULT", None, None, ("his mother and sister", "GBR", "CVL"),
      None, "Millom", cl="ri-millom-murder"),
    E("was arrested Saturday", "arrested", "COERCE", "arrest", None, ("John Jenkin", "GBR", "CVL"),
      J8, None, cl="ri-millom-arrest"),
    E("this morning charged him", "charged", "ACCUSE", "allege", ("Police", "GBR", "COP"),
      ("him", "GBR", "CVL"), J10, None, cl="ri-millom-charge"),
    E("charged with animal cruelty", "charged", "ACCUSE", "allege", None, ("He", "GBR", "CVL"),
      None, None, cl="ri-millom-cruelty"),
], source="ecbplus:32_10ecbplus")

X, H = T("ecbplus:32_6ecbplus")
A("16", "Metro", "2013-06-10", H, X, [
    E("Man charged with murdering", "charged", "ACCUSE", "allege", None, ("Man", "GBR", "CVL"), None,
      None, cl="ri-millom-charge"),
    E("murdering mother and sister in Cumbria", "murdering", "ASSAULT", None, ("Man", "GBR", "CVL"),
      ("mother and sister", "GBR", "CVL"), None, "Cumbria", cl="ri-millom-murder"),
    E("man has been charged", "charged", "ACCUSE", "allege", None,
      ("A 23 - year - old man", "GBR", "CVL"), None, None, cl="ri-millom-charge"),
    E("with the murders of his", "murders", "ASSAULT", None, None,
      ("his mother and sister", "GBR", "CVL"), None, None, cl="ri-millom-murder"),
    E("court over the murders", "murders", "ASSAULT", None, None,
      ("Alice McMeekin, 58, and Kathryn Jenkin, 20", "GBR", "CVL"), None, None,
      cl="ri-millom-murder"),
    E("Jenkin arrested shortly", "arrested", "COERCE", "arrest", None, ("Mr Jenkin", "GBR", "CVL"),
      J8, None, cl="ri-millom-arrest"),
    E("also been charged with animal", "charged", "ACCUSE", "allege", None, ("who", "GBR", "CVL"),
      None, None, cl="ri-millom-cruelty"),
], source="ecbplus:32_6ecbplus")

# --------------------------------------------------------------------------
# 17-18 (ECB+ 33_6ecbplus, 33_11ecbplus): the Zurana Horton shooting of
# Friday 21 October 2011, the arrests and the verdict of April 2013.
# --------------------------------------------------------------------------
X, H = T("ecbplus:33_6ecbplus")
LOP = ("Andrew Lopez", "USA", "UAF")
SENT = d("2013-05-07")
A("17", "Brooklyn Daily Eagle", "2013-04-24", H, X, [
    E("Guilty verdict for", "verdict", "SANCTION", "convict", None, None, None, None,
      cl="ri-lopez-verdict"),
    E("has returned a guilty verdict", "verdict", "SANCTION", "convict",
      ("A Brooklyn jury", "USA", "JUD"), LOP, None, None, cl="ri-lopez-verdict"),
    E("for the murder of Zurana", "murder", "ASSAULT", "firearms", None,
      ("Zurana Horton", "USA", "CVL"), None, None, cl="ri-horton-shoot"),
    E("Convicted of second", "Convicted", "SANCTION", "convict", None, ("Lopez", "USA", "UAF"),
      None, None, cl="ri-lopez-verdict"),
    E("when he is sentenced", "sentenced", "SANCTION", "convict",
      ("Justice Vincent Del Giudice", "USA", "JUD"), (("he", "he is sentenced"), "USA", "UAF"), SENT, None,
      mod="future", cl="ri-lopez-sentence"),
    E("24, were arrested", "arrested", "COERCE", "arrest", None,
      ("Lopez and his co - defendant and half - brother Jonathan Carrasquillo", "USA", "UAF"),
      mo("2011-10", True), None, cl="ri-horton-arrest"),
    E("with a shooting in Brownsville", "shooting", "ASSAULT", "firearms", None, None, None,
      "Brownsville", cl="ri-horton-shoot"),
    E("prior to the shooting", "shooting", "ASSAULT", "firearms", None, None, None, None,
      cl="ri-horton-shoot"),
    E("were targeting members", "targeting", "ASSAULT", "firearms",
      ("Lopez and Carrasquillo", "USA", "UAF"), ("members of a rival gang", "USA", "UAF"), None,
      None, cl="ri-horton-shoot"),
    E("ordered Lopez to shoot", "shoot", "ASSAULT", "firearms", ("Carrasquillo", "USA", "UAF"),
      None, None, None, cl="ri-horton-shoot"),
    E("sentence date is", "sentence", "SANCTION", "convict", None, (("Lopez", "Lopez's sentence"), "USA", "UAF"),
      SENT, None, mod="future", cl="ri-lopez-sentence"),
], source="ecbplus:33_6ecbplus",
  note="the copy's own time stamp 'April 24, 2013 - 4: 45pm' (last line)")

X, H = T("ecbplus:33_11ecbplus")
O21 = d("2011-10-21")
SRC = ("sources", "sources tell")
A("18", "Newser", "2011-10-26", H, X, [
    E("Teen Arrested", "Arrested", "COERCE", "arrest", None, ("Teen", "USA", "UAF"), None, None,
      cl="ri-horton-arrest"),
    E("in Shooting of Hero", "Shooting", "ASSAULT", "firearms", None,
      ("Hero Brooklyn Mom", "USA", "CVL"), O21, None, cl="ri-horton-shoot"),
    E("has confessed", "confessed", "CONCEDE", None, ("An 18 - year - old gang member", "USA", "UAF"),
      None, None, None, speaker=SRC, relays=["the New York Daily News"], mod="reported"),
    E("confessed to killing", "killing", "ASSAULT", "firearms",
      ("An 18 - year - old gang member", "USA", "UAF"), ("a pregnant mom", "USA", "CVL"), O21, None,
      speaker=SRC, relays=["the New York Daily News"], mod="reported", cl="ri-horton-shoot"),
    E("were wounded by rooftop", "wounded", "ASSAULT", "firearms",
      ("rooftop sniper Andrew Lopez", "USA", "UAF"),
      ("another mom and an 11 - year - old girl", "USA", "CVL"), O21, None, cl="ri-horton-shoot"),
    E("Lopez has been charged", "charged", "ACCUSE", "allege", None, ("Lopez", "USA", "UAF"), None,
      None),
    E("were also arrested", "arrested", "COERCE", "arrest", None,
      ("his two half - brothers", "USA", "UAF"), None, None, cl="ri-horton-arrest"),
], source="ecbplus:33_11ecbplus")

# --------------------------------------------------------------------------
# 19 (GeoVirus geovirus-057, Wikinews): the Dallas spitting sentence,
# Wednesday 14 May 2008.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-057", "May 2006.")
MAY06 = mo("2006-05", True)
A("19", "Wikinews", "2008-05-15", H, X, [
    E("was sentenced to 35", "sentenced", "SANCTION", "convict", None,
      ("An HIV-positive man", "USA", "CVL"), d("2008-05-14"), None, cl="ri-campbell-sentence"),
    E("after being convicted", "convicted", "SANCTION", "convict", None,
      ("An HIV-positive man", "USA", "CVL"), d("2008-05-13"), None, cl="ri-campbell-verdict"),
    E("for spitting into", "spitting", "ASSAULT", None, ("An HIV-positive man", "USA", "CVL"),
      ("a Dallas, Texas police officer", "USA", "COP"), MAY06, None, cl="ri-spit"),
    E("called the sentence excessive", "called", "ACCUSE", "disapprove",
      ("a gay-rights and AIDS advocacy group", "USA", "NGO"), None, None, None),
    E("act of spitting on", "spitting", "ASSAULT", None, ("Willie Campbell", "USA", "CVL"),
      ("policeman Dan Waller", "USA", "COP"), MAY06, None, cl="ri-spit"),
    E("The incident occurred", "incident", "ASSAULT", None, None, None, MAY06, None, cl="ri-spit"),
    E("was resisting arrest", "resisting", "REJECT", None, ("Campbell", "USA", "CVL"), None, MAY06,
      None),
    E("being taken into custody", "taken into custody", "COERCE", "arrest", None,
      ("Campbell", "USA", "CVL"), MAY06, None),
    E("yelled that he was innocent", "innocent", "REJECT", None, ("he", "USA", "CVL"), None, None,
      None, speaker="Prosecutors", mod="reported"),
    E("claimed a police officer was lying", "claimed", "ACCUSE", "allege",
      ("Campbell", "USA", "CVL"), ("a police officer", "USA", "COP"), None, None,
      speaker="Prosecutors", mod="reported"),
    E("he was indicted", "indicted", "ACCUSE", "allege", None, ("he", "USA", "CVL"), None, None,
      speaker="Campbell's lawyer Russell Heinrichs", mod="reported"),
], source="geovirus:geovirus-057",
  note="not printed: Willie Campbell was sentenced on Wednesday 14 May 2008 and convicted on "
       "the Tuesday; the report is dated the day after")

# --------------------------------------------------------------------------
# 20 (GeoVirus geovirus-110, Wikinews): the FAO's appeal to Turkey's
# neighbours, early January 2006.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-110", "from spreading.")
A("20", "Wikinews", "2006-01-07", H, X, [
    E("has asked countries", "asked", "REQUEST", None,
      ("The United Nations Food and Agriculture Organization", None, "IGO"),
      ("countries neighbouring Turkey", None, "GOV"), None, None, mod="demanded"),
    E("The UN also warned", "warned", "REQUEST", None, ("The UN", None, "IGO"), None, None, None,
      mod="demanded"),
], source="geovirus:geovirus-110",
  note="approximate: not printed; the first bird-flu deaths in Turkey ('Two people have died "
       "... possibly a third') were in the first week of January 2006")

# --------------------------------------------------------------------------
# 21 (GeoVirus geovirus-122, Wikinews): US-Vietnam talks on Agent Orange.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-122", "Agent Orange.")
A("21", "Wikinews", "2009-09-08", H, X, [
    E("began meetings in Hanoi", "meetings", "CONSULT", None, ("United States", "USA", "GOV"),
      ("Vietnamese officials", "VNM", "GOV"), d("2009-09-08"), "Hanoi"),
    E("are requesting more funding", "requesting", "REQUEST", "assist",
      ("Officials in Vietnam", "VNM", "GOV"), ("the US", "USA", "GOV"), None, None,
      mod="demanded"),
    E("have not been disbursed", "disbursed", "AID", None, ("the US government", "USA", "GOV"),
      None, None, None, speaker="Vietnamese Vice Minister of Natural Resources and Environment "
      "Nguyen Cong", mod="negated"),
    E("has so far pledged", "pledged", "AGREE", None, ("The US", "USA", "GOV"), None, None, None),
], source="geovirus:geovirus-122",
  note="approximate: not printed; dated to a Tuesday so that 'on Tuesday' is the day of the "
       "report (no other event in the text is dated)")

# --------------------------------------------------------------------------
# 22 (GeoVirus geovirus-219, Wikinews): a child-abuse conviction in West
# Virginia; nothing in the text is dated against the report.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-219", "years in prison.")
VC = ("Critchfield", "USA", "CVL")
A("22", "Wikinews", "2007-03-01", H, X, [
    E("was convicted of child abuse and", "convicted", "SANCTION", "convict", None,
      ("A 35-year old woman", "USA", "CVL"), None, None, cl="ri-vc-convict"),
    E("and sentenced to two", "sentenced", "SANCTION", "convict", None,
      ("A 35-year old woman", "USA", "CVL"), None, None, cl="ri-vc-sentence"),
    E("was accused of beating", "accused", "ACCUSE", "allege", None, VC, None, None),
    E("of beating her stepchildren", "beating", "ASSAULT", "beat", VC,
      ("her stepchildren", "USA", "CVL"), None, None),
    E("ropes to secure them", "secure", "ASSAULT", "torture", VC, ("them", "USA", "CVL"), None,
      None),
    E("also forced the children", "forced", "ASSAULT", "torture", VC, ("the children", "USA", "CVL"),
      None, None),
    E("Moats called this", "called", "ACCUSE", "disapprove",
      ("Circuit Judge Alan D. Moats", "USA", "JUD"), None, None, None),
    E("pleaded guilty", "pleaded guilty", "CONCEDE", None, VC, None, None, None),
    E("and was convicted of two counts", "convicted", "SANCTION", "convict", None, VC, None, None,
      cl="ri-vc-convict"),
    E("She was sentenced to the maximum", "sentenced", "SANCTION", "convict", None,
      ("She", "USA", "CVL"), None, None, cl="ri-vc-sentence"),
    E("had removed the children", "removed", "COERCE", None,
      ("State welfare services", "USA", "GOV"), ("the Critchfields", "USA", "CVL"), None, None),
], source="geovirus:geovirus-219",
  note="approximate: not printed and not inferable from the text; no event in it is dated "
       "relative to the report, so no label depends on it")

# --------------------------------------------------------------------------
# 23 (GeoVirus geovirus-225, Wikinews): B.B. King's daughters allege
# poisoning, Monday 25 May 2015.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-225", "Myron Johnson.")
DAU = ("Two daughters of blues legend B.B. King", "USA", "CVL")
WK = ("Williams and King", "Williams and King said")
A("23", "Wikinews", "2015-05-26", H, X, [
    E("he was poisoned by", "poisoned", "ASSAULT", None,
      ("business manager LaVerne Toney and personal assistant Myron Johnson", "USA", None),
      ("he", "USA", "CVL"), None, None, speaker="Two daughters of blues legend B.B. King",
      mod="reported", cl="ri-king-poison"),
    E("The allegations were made", "allegations", "ACCUSE", "allege",
      ("daughters Karen Williams and Patty King", "USA", "CVL"), None, None, None,
      relays=["the Associated Press"]),
    E("my father was poisoned", "poisoned", "ASSAULT", None, None, ("my father", "USA", "CVL"), None,
      None, speaker=WK, mod="reported", cl="ri-king-poison"),
    E("father was murdered", "murdered", "ASSAULT", None, None, (("my father", "I believe my father was murdered"), "USA", "CVL"),
      None, None, speaker=WK, mod="reported", cl="ri-king-poison"),
    E("were prevented from visiting", "prevented", "COERCE", "restrict", None,
      ("family members", "USA", "CVL"), None, None, speaker=("Williams and King", 2),
      mod="reported"),
    E("claims are ridiculous", "ridiculous", "REJECT", None,
      ("The lawyer for King's estate", "USA", None), None, None, None),
    E("defamatory and libelous allegations", "defamatory", "ACCUSE", "disapprove",
      ("lawyer Brent Bryson", "USA", None), ("they", "USA", "CVL"), None, None,
      relays=["the Associated Press"]),
    E("potential homicide investigation", "investigation", "ACCUSE", "investigate",
      ("The Las Vegas Police department", "USA", "COP"), None, None, None,
      speaker="The Las Vegas Police department", mod="hypothetical"),
], source="geovirus:geovirus-225",
  note="not printed: the claims 'on Monday' after the autopsy 'on Sunday' that followed King's "
       "death on 14 May 2015 are Monday 25 May 2015; dated the day after")

# --------------------------------------------------------------------------
# 24 (GeoVirus geovirus-076, Wikinews, cut): Ivins and the 2001 anthrax
# attacks, reported Friday 1 August 2008.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-076", "died Tuesday.")
NYT = ["the New York Times"]
A("24", "Wikinews", "2008-08-01", H, X, [
    E("about to be indicted", "indicted", "ACCUSE", "allege",
      ("the United States Department of Justice", "USA", "GOV"), ("A man", "USA", "CVL"), None,
      None, mod="future", cl="ri-ivins-charge"),
    E("about to be charged", "charged", "ACCUSE", "allege", ("the Justice Department", "USA", "GOV"),
      ("Ivins", "USA", "CVL"), None, None, mod="future", cl="ri-ivins-charge"),
    E("2001 anthrax attacks, which", "attacks", "ASSAULT", "unconventional", None, None,
      yr("2001"), None, cl="ri-anthrax"),
    E("no role in the attacks", "attacks", "ASSAULT", "unconventional", ("his client", "USA", "CVL"),
      ("politicians", "USA", "GOV"), yr("2001"), None, speaker="Ivin's lawyer, Paul Kemp",
      mod="denied", cl="ri-anthrax"),
    E("fully cooperated", "cooperated", "COOPERATE", None, ("Dr. Ivins", "USA", "CVL"), None, None,
      None, speaker=("Mr. Kemp", 1), relays=NYT, mod="reported"),
    E("with that investigation", "investigation", "ACCUSE", "investigate", None,
      ("Dr. Ivins", "USA", "CVL"), None, None, speaker=("Mr. Kemp", 1), relays=NYT, mod="reported"),
    E("nothing to do with the killings", "killings", "ASSAULT", "unconventional",
      (("this guy", 2), "USA", "CVL"), None, yr("2001"), None,
      speaker=("Mr. Clawson", 1), relays=[("the New York Times", "Mr. Clawson told")], mod="denied",
      cl="ri-anthrax"),
], source="geovirus:geovirus-076",
  note="not printed: Ivins died on Tuesday 29 July 2008 and the Los Angeles Times 'reported "
       "Friday', 1 August 2008, the day of the report")

# --------------------------------------------------------------------------
# 25 (own, AFP): a foreign-ministry statement relayed by state television,
# the rebuttal and the recalled sanctions.
# --------------------------------------------------------------------------
X = ('Niger accuses Benin of sheltering saboteurs, closes border crossing\n'
     'NIAMEY, June 12 (AFP) - Niger\'s military-led government on Wednesday accused neighbouring '
     'Benin of training "terrorists" who sabotaged a section of the oil pipeline that carries '
     'Nigerien crude to the port of Cotonou, and ordered the Malanville border crossing closed, '
     'state television Tele Sahel reported.\n'
     'In a statement read on Tele Sahel, the foreign ministry said armed men had attacked workers '
     'guarding the pipeline near Gaya on Monday night and blown up a pumping section, killing two '
     'soldiers.\n'
     '"Niger holds the Beninese authorities responsible for any new attack on our installations," '
     'the ministry said, adding that the crossing would stay closed until Cotonou stopped hosting '
     '"enemies of the Nigerien people".\n'
     'The statement said security forces had arrested seven suspects in the Dosso region on '
     'Tuesday and seized explosives.\n'
     'It demanded that Benin hand over three men it described as the organisers, and warned that '
     'Niamey would "take all necessary measures" if they were not extradited.\n'
     'Benin\'s government spokesman Wilfried Houngbedji denied that any armed group was being '
     'trained on Beninese soil. "These accusations are false and we reject them," he told '
     'reporters in Cotonou.\n'
     'He said Benin remained ready to resume talks with Niamey and to reopen its side of the '
     'border if Niger lifted its own restrictions.\n'
     'Relations between the two neighbours have been tense since the July 2023 coup that ousted '
     'President Mohamed Bazoum, after which the West African bloc ECOWAS imposed sanctions on '
     'Niger and Benin closed its side of the border.\n'
     'ECOWAS lifted most of the sanctions in February.\n'
     'China, whose state oil company built the pipeline, urged both sides to resolve the dispute '
     'through dialogue, the Xinhua news agency reported.')
W12, M10 = d("2024-06-12"), d("2024-06-10")
NIA = P(("NIAMEY", 1), "Niamey")
NGOV = ("Niger's military-led government", "NER", "GOV")
TS = ["state television Tele Sahel"]
MIN = ("the foreign ministry", "the foreign ministry said armed")
RTS = [("Tele Sahel", "read on Tele Sahel")]
HOU = ("Benin's government spokesman Wilfried Houngbedji", "BEN", "GOV")
A("25", "AFP", "2024-06-12", X.split('\n')[0], X, [
    E("Niger accuses Benin", "accuses", "ACCUSE", "allege", ("Niger", "NER", "GOV"),
      ("Benin", "BEN", "GOV"), W12, None, cl="ri-ner-accuse"),
    E("closes border crossing", "closes", "SANCTION", "discontinue", ("Niger", "NER", "GOV"), None,
      W12, None, cl="ri-ner-border"),
    E("on Wednesday accused", "accused", "ACCUSE", "allege", NGOV, ("neighbouring Benin", "BEN", "GOV"),
      W12, NIA, relays=TS, cl="ri-ner-accuse"),
    E("of training", "training", "AID", None, ("neighbouring Benin", "BEN", "GOV"),
      ("terrorists", None, "REB"), None, None, speaker="Niger's military-led government",
      relays=TS, mod="reported", cl="ri-ner-training"),
    E("who sabotaged", "sabotaged", "ASSAULT", "explosives", ("who", None, "REB"),
      ("the oil pipeline", "NER", "BUS"), M10, P(("Gaya", "near Gaya"), "Gaya"),
      speaker="Niger's military-led government", relays=TS, mod="reported", cl="ri-ner-blast"),
    E("crossing closed", "closed", "SANCTION", "discontinue", NGOV, None, W12, NIA,
      speaker="state television Tele Sahel", cl="ri-ner-border"),
    E("had attacked workers", "attacked", "ASSAULT", None, ("armed men", None, "UAF"),
      ("workers", "NER", "BUS"), M10, "Gaya", speaker=MIN, relays=RTS, mod="reported",
      cl="ri-ner-attack"),
    E("blown up a pumping", "blown up", "ASSAULT", "explosives", ("armed men", None, "UAF"), None,
      M10, "Gaya", speaker=MIN, relays=RTS, mod="reported", cl="ri-ner-blast"),
    E("Niger holds the Beninese", "holds", "ACCUSE", "allege", (("Niger", "Niger holds"), "NER", "GOV"),
      ("the Beninese authorities", "BEN", "GOV"), W12, NIA,
      speaker=("the ministry", "the ministry said, adding"), relays=RTS, mod="reported"),
    E("would stay closed", "closed", "SANCTION", "discontinue", None, None, None, None,
      speaker=("the ministry", "the ministry said, adding"), relays=RTS, mod="future"),
    E("any new attack", "attack", "ASSAULT", None, None, None, None, None,
      speaker=("the ministry", "the ministry said, adding"), relays=RTS, mod="hypothetical"),
    E("had arrested seven", "arrested", "COERCE", "arrest", ("security forces", "NER", "MIL"),
      ("seven suspects", "NER", None), d("2024-06-11"), P("Dosso", "Dosso"), speaker="The statement",
      relays=RTS, mod="reported"),
    E("and seized explosives", "seized", "COERCE", "seize", ("security forces", "NER", "MIL"), None,
      d("2024-06-11"), P("Dosso", "Dosso"), speaker="The statement", relays=RTS, mod="reported"),
    E("It demanded", "demanded", "REQUEST", "yield", ("It", "NER", "GOV"), ("Benin", "BEN", "GOV"),
      W12, NIA, relays=RTS, mod="demanded"),
    E("and warned that Niamey", "warned", "THREATEN", None, ("It", "NER", "GOV"),
      ("Benin", "BEN", "GOV"), W12, NIA, relays=RTS, mod="threatened"),
    E("were not extradited", "extradited", "COOPERATE", None, None, ("they", "BEN", None), None,
      None, mod="hypothetical"),
    E("being trained on", "trained", "AID", None, None, ("any armed group", None, "REB"), None, None,
      speaker="Benin's government spokesman Wilfried Houngbedji", mod="denied",
      cl="ri-ner-training"),
    E("we reject them", "reject", "REJECT", None, ("we", "BEN", "GOV"), None, None, "Cotonou",
      speaker=("he", "he told reporters"), mod="reported"),
    E("remained ready", "ready", "AGREE", None, (("Benin", "Benin remained"), "BEN", "GOV"), ("Niamey", "NER", "GOV"),
      None, None, speaker=("He", "He said Benin"), mod="conditional",
      cond="if Niger lifted its own restrictions"),
    E("Niger lifted its own", "lifted", "CONCEDE", None, ("Niger", "NER", "GOV"), None, None, None,
      speaker=("He", "He said Benin"), mod="hypothetical"),
    E("July 2023 coup", "coup", "COERCE", None, None, ("President Mohamed Bazoum", "NER", "GOV"),
      mo("2023-07", True), None),
    E("ECOWAS imposed sanctions", "imposed", "SANCTION", None,
      ("the West African bloc ECOWAS", None, "IGO"), (("Niger", "sanctions on Niger"), "NER", "GOV"), None, None,
      cl="ri-ecowas-sanctions"),
    E("Benin closed its side", "closed", "SANCTION", "discontinue",
      (("Benin", "Benin closed"), "BEN", "GOV"), None, None, None),
    E("ECOWAS lifted most", "lifted", "CONCEDE", None, ("ECOWAS", None, "IGO"), None,
      mo("2024-02", True), None),
    E("urged both sides", "urged", "REQUEST", None, ("China", "CHN", "GOV"),
      ("both sides", None, "GOV"), None, None, relays=["the Xinhua news agency"], mod="demanded"),
])

# --------------------------------------------------------------------------
# 26 (own, Reuters): a Security Council session on detained UN staff.
# --------------------------------------------------------------------------
X = ('Security Council demands Houthis free detained UN staff; Russia abstains\n'
     'UNITED NATIONS, Sept 11 (Reuters) - The U.N. Security Council on Thursday demanded that '
     'Yemen\'s Houthi movement immediately release dozens of United Nations staff it has detained, '
     'in a resolution adopted by 13 votes with Russia and China abstaining.\n'
     'The Houthis stormed U.N. offices in Sanaa on Aug. 31 and detained at least 19 staff members, '
     'adding to 23 already held, U.N. Secretary-General Antonio Guterres told the council.\n'
     '"Our colleagues must be released now, unconditionally," Guterres said, accusing the group '
     'of using them as bargaining chips.\n'
     'The resolution condemns the seizure of U.N. premises and threatens further targeted '
     'sanctions against those responsible if the staff are not freed within 30 days.\n'
     'Russia\'s deputy ambassador Dmitry Polyanskiy said Moscow abstained because the text ignored '
     'Israeli air strikes on Sanaa that killed the Houthi prime minister last month.\n'
     '"Punitive measures will not bring our colleagues home," he said, calling instead for talks '
     'with the Houthi leadership.\n'
     'Houthi spokesman Mohammed Abdulsalam rejected the resolution and accused the United Nations '
     'of spying for Israel, the group\'s Al-Masirah television reported.\n'
     'He said the detained employees would be tried under Yemeni law.\n'
     'The United States, which designated the Houthis a foreign terrorist organisation in March, '
     'urged other members to cut off the group\'s funding.\n'
     'The World Food Programme suspended its operations in northern Yemen after a staff member '
     'died in Houthi custody in February.')
S11, A31 = d("2025-09-11"), d("2025-08-31", True)
UNP = P(("UNITED NATIONS", 1), "UNITED NATIONS")
GUT = "U.N. Secretary-General Antonio Guterres"
MAS = ["the group's Al-Masirah television"]
ABD = ("Houthi spokesman Mohammed Abdulsalam", "YEM", "REB")
A("26", "Reuters", "2025-09-11", X.split('\n')[0], X, [
    E("Council demands Houthis", "demands", "REQUEST", "yield", ("Security Council", None, "IGO"),
      ("Houthis", "YEM", "REB"), S11, None, mod="demanded", cl="ri-unsc-demand"),
    E("on Thursday demanded", "demanded", "REQUEST", "yield",
      ("The U.N. Security Council", None, "IGO"), ("Yemen's Houthi movement", "YEM", "REB"), S11,
      UNP, mod="demanded", cl="ri-unsc-demand"),
    E("it has detained", "detained", "COERCE", "arrest", (("it", "it has detained"), "YEM", "REB"),
      ("dozens of United Nations staff", None, "IGO"), None, None),
    E("The Houthis stormed", "stormed", "COERCE", None, ("The Houthis", "YEM", "REB"),
      ("U.N. offices", None, "IGO"), A31, "Sanaa", speaker=GUT, mod="reported",
      cl="ri-sanaa-raid"),
    E("and detained at least 19", "detained", "COERCE", "arrest", ("The Houthis", "YEM", "REB"),
      ("at least 19 staff members", None, "IGO"), A31, "Sanaa", speaker=GUT, mod="reported",
      cl="ri-sanaa-detain"),
    E("must be released now", "released", "RETREAT", "release", None,
      ("Our colleagues", None, "IGO"), None, None, speaker=("Guterres", "Guterres said, accusing"),
      mod="demanded"),
    E("accusing the group", "accusing", "ACCUSE", "allege",
      (("Guterres", "Guterres said, accusing"), None, "IGO"),
      ("the group", "YEM", "REB"), S11, UNP),
    E("resolution condemns", "condemns", "ACCUSE", "disapprove", ("The resolution", None, "IGO"),
      None, S11, UNP),
    E("the seizure of U.N.", "seizure", "COERCE", None, None, ("U.N. premises", None, "IGO"), A31,
      None, speaker="The resolution", mod="reported", cl="ri-sanaa-raid"),
    E("and threatens further", "threatens", "THREATEN", None, ("The resolution", None, "IGO"),
      ("those responsible", "YEM", "REB"), S11, UNP, mod="threatened"),
    E("are not freed", "freed", "RETREAT", "release", None, ("the staff", None, "IGO"), None, None,
      mod="hypothetical"),
    E("Israeli air strikes", "air strikes", "ASSAULT", "aerial", ("Israeli", "ISR", "MIL"),
      ("the Houthi prime minister", "YEM", "REB"), mo("2025-08", True), "Sanaa",
      speaker="Russia's deputy ambassador Dmitry Polyanskiy", mod="reported"),
    E("calling instead for talks", "calling", "REQUEST", "meet", ("he", "RUS", "GOV"),
      ("the Houthi leadership", "YEM", "REB"), S11, UNP, mod="demanded"),
    E("Abdulsalam rejected", "rejected", "REJECT", None, ABD, None, None, None, relays=MAS),
    E("and accused the United Nations", "accused", "ACCUSE", "allege", ABD,
      ("the United Nations", None, "IGO"), None, None, relays=MAS),
    E("would be tried", "tried", "ACCUSE", "allege", None, ("the detained employees", None, "IGO"),
      None, None, speaker=("He", "He said the detained"), relays=[("the group's Al-Masirah television", 1)],
      mod="future"),
    E("which designated the Houthis", "designated", "SANCTION", None, ("which", "USA", "GOV"),
      ("the Houthis", "YEM", "REB"), mo("2025-03", True), None),
    E("urged other members", "urged", "REQUEST", None, ("The United States", "USA", "GOV"),
      ("other members", None, "GOV"), None, None, mod="demanded"),
    E("suspended its operations", "suspended", "SANCTION", "discontinue",
      ("The World Food Programme", None, "IGO"), None, None, None),
])

# --------------------------------------------------------------------------
# 27 (own, Reuters): a sanctions announcement, the target's answer and the
# crackdown it punishes.
# --------------------------------------------------------------------------
X = ('EU imposes sanctions on Georgian interior ministry officials; Tbilisi vows response\n'
     'BRUSSELS, Jan 27 (Reuters) - The European Union on Monday imposed asset freezes and travel '
     'bans on 12 Georgian officials, including two deputy interior ministers, it accuses of '
     'ordering the violent dispersal of pro-EU protests in Tbilisi in December.\n'
     'EU foreign ministers also agreed to suspend visa-free travel for holders of Georgian '
     'diplomatic passports, EU foreign policy chief Kaja Kallas told reporters after a meeting in '
     'Brussels.\n'
     '"Those who beat peaceful protesters must face consequences," Kallas said, adding that the '
     'bloc would consider further measures if Tbilisi did not release detained demonstrators.\n'
     'Hungary and Slovakia had blocked broader sanctions against the leadership of the ruling '
     'Georgian Dream party, diplomats said.\n'
     'Georgia\'s foreign ministry called the decision "blackmail" and said it would respond with '
     '"mirror measures", the Interpress news agency reported.\n'
     'Prime Minister Irakli Kobakhidze said police had acted lawfully against "violent groups" '
     'that attacked officers with fireworks and stones.\n'
     'Rights group Amnesty International says police beat and detained more than 400 people '
     'during the protests, which began after Kobakhidze suspended EU accession talks on Nov. 28.\n'
     'Britain and the United States sanctioned several Georgian security officials in December, '
     'and Washington suspended its strategic partnership with Tbilisi.\n'
     'Opposition leader Nika Melia, who was detained in December, welcomed the EU move and called '
     'on Brussels to go further.')
J27, DEC = d("2025-01-27"), mo("2024-12", True)
BRU = P(("BRUSSELS", 1), "Brussels")
KAL = "EU foreign policy chief Kaja Kallas"
KS = ("Kallas", "Kallas said, adding")
INT = ["the Interpress news agency"]
AMN = "Rights group Amnesty International"
MEL = ("Opposition leader Nika Melia", "GEO", "OPP")
A("27", "Reuters", "2025-01-27", X.split('\n')[0], X, [
    E("EU imposes sanctions", "imposes", "SANCTION", None, ("EU", None, "IGO"),
      ("Georgian interior ministry officials", "GEO", "GOV"), J27, None, cl="ri-eu-geo-sanc"),
    E("Tbilisi vows response", "vows", "THREATEN", None, ("Tbilisi", "GEO", "GOV"), None, None,
      None, mod="threatened", cl="ri-geo-mirror"),
    E("on Monday imposed", "imposed", "SANCTION", None, ("The European Union", None, "IGO"),
      ("12 Georgian officials", "GEO", "GOV"), J27, BRU, cl="ri-eu-geo-sanc"),
    E("it accuses of", "accuses", "ACCUSE", "allege", (("it", "it accuses"), None, "IGO"),
      ("12 Georgian officials", "GEO", "GOV"), None, None),
    E("violent dispersal", "dispersal", "ASSAULT", "crowd-control",
      ("12 Georgian officials", "GEO", "GOV"), None, DEC, "Tbilisi",
      speaker="The European Union", mod="reported", cl="ri-tbilisi-dispersal"),
    E("pro-EU protests in Tbilisi", "protests", "PROTEST", "demo", None, None, DEC, "Tbilisi",
      cl="ri-tbilisi-protests"),
    E("agreed to suspend visa", "suspend", "SANCTION", "discontinue",
      ("EU foreign ministers", None, "GOV"), ("holders of Georgian diplomatic passports", "GEO", "GOV"),
      J27, P("Brussels", "Brussels"), speaker=KAL, mod="reported", cl="ri-eu-visa"),
    E("after a meeting in", "meeting", "CONSULT", "multilateral", None, None, J27,
      P("Brussels", "Brussels"), cl="ri-eu-meeting"),
    E("Those who beat", "beat", "ASSAULT", "beat", ("who", "GEO", "COP"),
      ("peaceful protesters", "GEO", "CVL"), None, None, speaker=KS, mod="reported",
      cl="ri-tbilisi-beat"),
    E("must face consequences", "consequences", "THREATEN", None, (("Kallas", "Kallas said, adding"), None, "IGO"), ("Those", "GEO", "COP"), J27, None,
      speaker=KS, mod="threatened"),
    E("would consider further measures", "measures", "SANCTION", None, ("the bloc", None, "IGO"),
      None, None, None, speaker=KS, mod="hypothetical"),
    E("did not release detained", "release", "RETREAT", "release", (("Tbilisi", "if Tbilisi"), "GEO", "GOV"),
      ("detained demonstrators", "GEO", "CVL"), None, None, speaker=KS, mod="hypothetical"),
    E("had blocked broader", "blocked", "REJECT", None, ("Hungary and Slovakia", None, "GOV"), None,
      None, None, speaker="diplomats", mod="reported"),
    E("called the decision", "called", "ACCUSE", "disapprove",
      ("Georgia's foreign ministry", "GEO", "GOV"), None, None, None, relays=INT),
    E("would respond with", "respond", "THREATEN", None, (("it", "it would respond"), "GEO", "GOV"),
      None, None, None, speaker="Georgia's foreign ministry", relays=INT, mod="threatened",
      cl="ri-geo-mirror"),
    E("that attacked officers", "attacked", "ASSAULT", "primitive", ("that", "GEO", "CVL"),
      ("officers", "GEO", "COP"), None, None, speaker="Prime Minister Irakli Kobakhidze",
      mod="reported"),
    E("police beat and detained", "beat", "ASSAULT", "beat", ("police", "GEO", "COP"),
      ("more than 400 people", "GEO", "CVL"), None, None, speaker=AMN, mod="reported",
      cl="ri-tbilisi-beat"),
    E("beat and detained more", "detained", "COERCE", "arrest", ("police", "GEO", "COP"),
      ("more than 400 people", "GEO", "CVL"), None, None, speaker=AMN, mod="reported"),
    E("during the protests, which began", "protests", "PROTEST", "demo", None, None,
      wk("2024-W48", True), None, cl="ri-tbilisi-protests"),
    E("Kobakhidze suspended EU", "suspended", "REJECT", "meet",
      (("Kobakhidze", "Kobakhidze suspended"), "GEO", "GOV"), None, d("2024-11-28", True), None),
    E("United States sanctioned", "sanctioned", "SANCTION", None,
      ("Britain and the United States", None, "GOV"),
      ("several Georgian security officials", "GEO", "GOV"), DEC, None),
    E("Washington suspended", "suspended", "SANCTION", "discontinue", ("Washington", "USA", "GOV"),
      (("Tbilisi", "partnership with Tbilisi"), "GEO", "GOV"), None, None),
    E("who was detained in December", "detained", "COERCE", "arrest", None, ("who", "GEO", "OPP"),
      DEC, None),
    E("welcomed the EU move", "welcomed", "SUPPORT", None, MEL, None, None, None),
    E("called on Brussels", "called", "REQUEST", None, MEL,
      (("Brussels", "called on Brussels"), None, "IGO"), None, None, mod="demanded"),
])

# --------------------------------------------------------------------------
# 28 (own, AP): a hostage freed after negotiations, with the seizure, the
# threats and an ambush recalled, and a denial.
# --------------------------------------------------------------------------
X = ('Papuan rebels free New Zealand pilot after 19 months in captivity\n'
     'JAKARTA, Indonesia (AP) — Separatist rebels in Indonesia\'s Papua region freed a New Zealand '
     'pilot on Saturday, more than 19 months after they stormed his small plane and took him '
     'hostage, police said.\n'
     'Philip Mehrtens was handed over to a police team in Nduga district after negotiations '
     'mediated by church leaders and local officials, said Faizal Ramadhani, who heads the '
     'security task force in Papua.\n'
     '"He is in good health and has been flown to Timika," Ramadhani told reporters.\n'
     'The West Papua Liberation Army, the armed wing of the Free Papua Movement, seized Mehrtens '
     'on Feb. 7, 2023, after he landed in the remote village of Paro, and set the plane on fire.\n'
     'The rebels had threatened to shoot him if Indonesia did not begin talks on Papuan '
     'independence, and later dropped that demand.\n'
     'Rebel spokesman Sebby Sambom said in a statement that the group released the pilot "for '
     'humanitarian reasons" and denied that any ransom had been paid.\n'
     'Indonesian security forces had launched several operations to free Mehrtens. In April 2023, '
     'rebels ambushed soldiers searching for him in Nduga, killing at least six, the military '
     'said.\n'
     'The military denied rebel claims that it had bombed villages during the search.\n'
     'New Zealand Foreign Minister Winston Peters thanked the Indonesian government and the '
     'church mediators, and said Wellington had not engaged in any "cash-for-release" '
     'arrangement.')
S21, F7 = d("2024-09-21"), d("2023-02-07", True)
REB = ("Separatist rebels", "IDN", "REB")
RAM = "Faizal Ramadhani"
A("28", "AP", "2024-09-21", X.split('\n')[0], X, [
    E("Papuan rebels free", "free", "RETREAT", "release", ("Papuan rebels", "IDN", "REB"),
      ("New Zealand pilot", "NZL", "CVL"), S21, None, cl="ri-pilot-release"),
    E("region freed a New Zealand", "freed", "RETREAT", "release", REB,
      ("a New Zealand pilot", "NZL", "CVL"), S21, None, speaker=("police", "police said"),
      mod="reported", cl="ri-pilot-release"),
    E("they stormed his small plane", "stormed", "ASSAULT", None, ("they", "IDN", "REB"),
      ("his small plane", "IDN", "BUS"), F7, None, speaker=("police", "police said"),
      mod="reported", cl="ri-paro-storm"),
    E("took him hostage", "took", "ASSAULT", "abduct", ("they", "IDN", "REB"), ("him", "NZL", "CVL"),
      F7, None, speaker=("police", "police said"), mod="reported", cl="ri-pilot-seize"),
    E("was handed over to a police", "handed over", "RETREAT", "release", None,
      ("Philip Mehrtens", "NZL", "CVL"), S21, P("Nduga", "Nduga"), speaker=RAM, mod="reported",
      cl="ri-pilot-release"),
    E("after negotiations mediated", "negotiations", "CONSULT", "third-party",
      ("church leaders and local officials", "IDN", None), None, None, None, speaker=RAM,
      mod="reported"),
    E("seized Mehrtens on", "seized", "ASSAULT", "abduct", ("The West Papua Liberation Army", "IDN", "REB"),
      ("Mehrtens", "NZL", "CVL"), F7, "Paro", cl="ri-pilot-seize"),
    E("set the plane on fire", "set the plane on fire", "ASSAULT", "destroy",
      ("The West Papua Liberation Army", "IDN", "REB"), None, F7, "Paro", cl="ri-paro-storm"),
    E("had threatened to shoot", "threatened", "THREATEN", "violence", ("The rebels", "IDN", "REB"),
      ("him", "NZL", "CVL"), None, None, mod="threatened"),
    E("did not begin talks", "talks", "CONSULT", None, ("Indonesia", "IDN", "GOV"), None, None, None,
      mod="hypothetical"),
    E("later dropped that demand", "dropped", "CONCEDE", None, ("The rebels", "IDN", "REB"), None,
      None, None),
    E("the group released the pilot", "released", "RETREAT", "release", ("the group", "IDN", "REB"),
      ("the pilot", "NZL", "CVL"), S21, None, speaker="Rebel spokesman Sebby Sambom",
      mod="reported", cl="ri-pilot-release"),
    E("and denied that any ransom", "denied", "REJECT", None, ("Rebel spokesman Sebby Sambom", "IDN", "REB"),
      None, None, None),
    E("rebels ambushed soldiers", "ambushed", "ASSAULT", None, ("rebels", "IDN", "REB"),
      ("soldiers", "IDN", "MIL"), mo("2023-04", True), "Nduga", speaker="the military",
      mod="reported"),
    E("soldiers searching for him", "searching", "MOBILIZE", "troops", ("soldiers", "IDN", "MIL"),
      None, mo("2023-04", True), "Nduga", speaker="the military", mod="reported"),
    E("it had bombed villages", "bombed", "ASSAULT", "aerial", (("it", "it had bombed"), "IDN", "MIL"),
      ("villages", "IDN", "CVL"), None, None, speaker="The military", mod="denied"),
    E("Peters thanked", "thanked", "SUPPORT", None,
      ("New Zealand Foreign Minister Winston Peters", "NZL", "GOV"),
      ("the Indonesian government", "IDN", "GOV"), None, None),
])

# --------------------------------------------------------------------------
# 29 (own, AFP): a protest crackdown with casualty figures from both sides.
# --------------------------------------------------------------------------
X = ('Angola says 22 killed in fuel protests, rights groups put toll at 30\n'
     'LUANDA, July 30 (AFP) - At least 22 people were killed and nearly 200 injured in three days '
     'of riots and looting in Angola\'s capital that followed a taxi drivers\' strike against a '
     'rise in diesel prices, the interior ministry said on Wednesday.\n'
     'Interior Minister Manuel Homem told state broadcaster TPA that police had arrested 1,214 '
     'people and that one police officer was among the dead.\n'
     'Rights group Omunga and the opposition UNITA party said at least 30 people had been shot '
     'dead by police, including a 12-year-old boy in the Cazenga district on Monday.\n'
     '"The police fired live ammunition into crowds of unarmed young people," UNITA leader '
     'Adalberto Costa Junior told reporters, demanding an independent inquiry.\n'
     'Homem rejected the figure and said officers had used tear gas and fired only in '
     'self-defence against "criminal gangs" who looted 66 shops and set fire to buses.\n'
     'He accused unnamed "political actors" of stoking the unrest and warned that anyone who '
     'incited violence would be prosecuted.\n'
     'President Joao Lourenco ordered the army to deploy in the capital on Tuesday to protect '
     'shops and government buildings, the presidency said in a statement.\n'
     'The taxi drivers\' association ANATA, which called the strike on Monday, suspended it on '
     'Tuesday and distanced itself from the violence.\n'
     'The United Nations human rights office urged the authorities to investigate the deaths and '
     'to release those detained for peaceful protest.\n'
     'The government raised the price of diesel by a third on July 1 as it cuts fuel subsidies '
     'under an agreement with the International Monetary Fund.')
W31, J28, J29 = wk("2025-W31"), d("2025-07-28"), d("2025-07-29")
LUA = P(("LUANDA", 1), "Luanda")
MINI = ("the interior ministry", "the interior ministry said on")
HOM = ("Homem", "Homem rejected")
A("29", "AFP", "2025-07-30", X.split('\n')[0], X, [
    E("22 killed in fuel", "killed", "ASSAULT", None, None, ("22", "AGO", "CVL"), W31, None,
      speaker="Angola", mod="reported", cl="ri-luanda-deaths"),
    E("fuel protests", "protests", "PROTEST", "demo", None, None, W31, None, cl="ri-luanda-unrest"),
    E("22 people were killed", "killed", "ASSAULT", None, None, ("At least 22 people", "AGO", "CVL"),
      W31, P("Angola's capital", "Luanda"), speaker=MINI, mod="reported", cl="ri-luanda-deaths"),
    E("three days of riots", "riots", "PROTEST", "riot", None, None, W31,
      P("Angola's capital", "Luanda"), speaker=MINI, mod="reported", cl="ri-luanda-unrest"),
    E("riots and looting", "looting", "PROTEST", "vandalize", None, None, W31,
      P("Angola's capital", "Luanda"), speaker=MINI, mod="reported", cl="ri-luanda-loot"),
    E("drivers' strike", "strike", "PROTEST", "strike", ("taxi drivers", "AGO", "LAB"), None, J28,
      None, speaker=MINI, mod="reported", cl="ri-taxi-strike"),
    E("police had arrested 1,214", "arrested", "COERCE", "arrest", ("police", "AGO", "COP"),
      ("1,214 people", "AGO", "CVL"), W31, LUA, speaker="Interior Minister Manuel Homem",
      relays=["state broadcaster TPA"], mod="reported"),
    E("had been shot dead by police", "shot dead", "ASSAULT", "firearms", ("police", "AGO", "COP"),
      ("at least 30 people", "AGO", "CVL"), W31, None,
      speaker="Rights group Omunga and the opposition UNITA party", mod="reported",
      cl="ri-luanda-fire"),
    E("police fired live", "fired", "ASSAULT", "firearms", ("The police", "AGO", "COP"),
      ("crowds of unarmed young people", "AGO", "CVL"), W31, None,
      speaker="UNITA leader Adalberto Costa Junior", mod="reported", cl="ri-luanda-fire"),
    E("demanding an independent", "demanding", "REQUEST", None,
      ("UNITA leader Adalberto Costa Junior", "AGO", "OPP"), None, None, None, mod="demanded"),
    E("Homem rejected the figure", "rejected", "REJECT", None, (HOM, "AGO", "GOV"), None, None,
      None),
    E("had used tear gas", "used", "ASSAULT", "crowd-control", ("officers", "AGO", "COP"), None, W31,
      None, speaker=HOM, mod="reported"),
    E("and fired only", "fired", "ASSAULT", "firearms", ("officers", "AGO", "COP"),
      ("criminal gangs", "AGO", "UAF"), W31, None, speaker=HOM, mod="reported",
      cl="ri-luanda-fire"),
    E("who looted 66 shops", "looted", "PROTEST", "vandalize", ("who", "AGO", "UAF"),
      ("66 shops", "AGO", "BUS"), W31, None, speaker=HOM, mod="reported", cl="ri-luanda-loot"),
    E("set fire to buses", "set fire", "PROTEST", "riot", ("who", "AGO", "UAF"),
      ("buses", "AGO", "BUS"), W31, None, speaker=HOM, mod="reported"),
    E("He accused unnamed", "accused", "ACCUSE", "allege", ("He", "AGO", "GOV"),
      ("political actors", "AGO", None), None, None),
    E("warned that anyone", "warned", "THREATEN", "arrest", ("He", "AGO", "GOV"),
      ("anyone", "AGO", None), None, None, mod="threatened"),
    E("ordered the army to deploy", "deploy", "MOBILIZE", "troops",
      ("President Joao Lourenco", "AGO", "GOV"), None, J29, P("the capital", "Luanda"),
      speaker="the presidency", mod="reported"),
    E("called the strike on Monday", "strike", "PROTEST", "strike", ("which", "AGO", "LAB"), None,
      J28, None, cl="ri-taxi-strike"),
    E("suspended it on Tuesday", "suspended", "RETREAT", None,
      ("The taxi drivers' association ANATA", "AGO", "LAB"), None, J29, None),
    E("urged the authorities", "urged", "REQUEST", None,
      ("The United Nations human rights office", None, "IGO"), ("the authorities", "AGO", "GOV"),
      None, None, mod="demanded"),
])

# --------------------------------------------------------------------------
# 30 (own, Reuters analysis): a year after a truce, recalling several old
# wars; an accidental explosion named beside them is no event.
# --------------------------------------------------------------------------
X = ('ANALYSIS-A year after the truce, Lebanon\'s south lives between strikes and promises\n'
     'BEIRUT, Nov 27 (Reuters) - When Israel and Hezbollah agreed to a ceasefire a year ago today, '
     'many in southern Lebanon hoped it would end a cycle of wars that began with Israel\'s 1982 '
     'invasion.\n'
     'It has not. Israel has kept troops at five hilltop positions inside Lebanon and carries out '
     'near-daily strikes it says target Hezbollah fighters rebuilding their arsenal.\n'
     'On Sunday an Israeli drone strike on a car near Nabatieh killed two men, the Lebanese health '
     'ministry said. The Israeli military said both were Hezbollah operatives.\n'
     'The pattern echoes the years after the 2006 war, when Hezbollah\'s capture of two Israeli '
     'soldiers in a cross-border raid on July 12 triggered 34 days of fighting that killed some '
     '1,200 people in Lebanon and 160 in Israel.\n'
     'That war ended with U.N. Security Council Resolution 1701, which demanded that only the '
     'Lebanese army and U.N. peacekeepers carry weapons south of the Litani River - a demand never '
     'fully met.\n'
     'Memories of 1982 run deeper still. Israeli troops reached Beirut within a week of invading '
     'in June that year, and besieged the west of the city until Palestinian fighters agreed to '
     'leave by sea.\n'
     'The August 2020 explosion at Beirut port, which killed more than 220 people, was not an '
     'attack, but many in the south speak of it in the same breath as the wars.\n'
     'Last year\'s conflict began on Oct. 8, 2023, when Hezbollah fired rockets at Israeli '
     'positions in solidarity with Hamas. It escalated in September 2024, when thousands of pagers '
     'used by Hezbollah members exploded in an attack widely blamed on Israel, which did not '
     'confirm its role until months later.\n'
     'Israel then launched a ground invasion and killed Hezbollah leader Hassan Nasrallah in an air '
     'strike on Beirut\'s southern suburbs on Sept. 27, 2024.\n'
     'President Joseph Aoun said this month that Lebanon was ready to negotiate with Israel through '
     'a mediator, but Hezbollah chief Naim Qassem has refused to disarm as long as Israeli troops '
     'remain on Lebanese soil.\n'
     '"We will not hand over our weapons to be slaughtered," Qassem said in a televised speech '
     'this month.\n'
     'Israeli Defence Minister Israel Katz warned on Monday that Israel would intensify its strikes '
     'if Hezbollah did not disarm by the end of the year.')
NOV = mo("2025-11", False)
HEZ = ("Hezbollah", "LBN", "REB")
A("30", "Reuters", "2025-11-27", X.split('\n')[0], X, [
    E("Hezbollah agreed to a ceasefire", "agreed", "AGREE", None, ("Israel", "ISR", "GOV"),
      HEZ, d("2024-11-27", True), None),
    E("1982 invasion", "invasion", "ASSAULT", None, (("Israel", "began with Israel"), "ISR", "MIL"),
      None, yr("1982"), None, cl="ri-1982-invasion"),
    E("near Nabatieh killed", "killed", "ASSAULT", "drone", ("Israeli", "ISR", "MIL"),
      ("two men", "LBN", "CVL"), d("2025-11-23"), "Nabatieh",
      speaker="the Lebanese health ministry", mod="reported"),
    E("capture of two Israeli", "capture", "ASSAULT", "abduct",
      (("Hezbollah", "Hezbollah's capture"), "LBN", "REB"), ("two Israeli soldiers", "ISR", "MIL"),
      d("2006-07-12", True), None),
    E("which demanded that only", "demanded", "REQUEST", None, ("which", None, "IGO"), None,
      yr("2006"), None, mod="demanded"),
    E("within a week of invading", "invading", "ASSAULT", None, ("Israeli troops", "ISR", "MIL"),
      None, mo("1982-06", True), None, cl="ri-1982-invasion"),
    E("besieged the west", "besieged", "ASSAULT", None, ("Israeli troops", "ISR", "MIL"), None,
      yr("1982"), P("the city", "Beirut")),
    E("fighters agreed to leave", "agreed", "AGREE", None, ("Palestinian fighters", "PSE", "REB"),
      None, yr("1982"), None),
    E("conflict began on Oct", "conflict", "ASSAULT", None, None, None, d("2023-10-08", True), None,
      cl="ri-2023-conflict"),
    E("Hezbollah fired rockets", "fired", "ASSAULT", "heavy-weapons",
      (("Hezbollah", "Hezbollah fired"), "LBN", "REB"), ("Israeli positions", "ISR", "MIL"),
      d("2023-10-08", True), None),
    E("exploded in an attack", "attack", "ASSAULT", "explosives", None,
      ("Hezbollah members", "LBN", "REB"), mo("2024-09", True), None, cl="ri-pagers"),
    E("widely blamed on Israel", "blamed", "ACCUSE", "allege", None,
      (("Israel", "blamed on Israel"), "ISR", "GOV"), None, None),
    E("launched a ground invasion", "invasion", "ASSAULT", None,
      (("Israel", "Israel then"), "ISR", "MIL"), None, None, None),
    E("and killed Hezbollah leader", "killed", "ASSAULT", "aerial",
      (("Israel", "Israel then"), "ISR", "MIL"), ("Hezbollah leader Hassan Nasrallah", "LBN", "REB"),
      d("2024-09-27", True), P("Beirut", "Beirut")),
    E("was ready to negotiate", "ready", "AGREE", None, (("Lebanon", "that Lebanon"), "LBN", "GOV"),
      (("Israel", "negotiate with Israel"), "ISR", "GOV"), NOV, None,
      speaker="President Joseph Aoun", mod="reported"),
    E("has refused to disarm", "refused", "REJECT", "yield",
      ("Hezbollah chief Naim Qassem", "LBN", "REB"), None, None, None),
    E("We will not hand over", "hand over", "RETREAT", "disarm", ("We", "LBN", "REB"), None, NOV,
      None, speaker=("Qassem", "Qassem said in"), mod="negated"),
    E("Katz warned on Monday", "warned", "THREATEN", "violence",
      ("Israeli Defence Minister Israel Katz", "ISR", "GOV"),
      (("Hezbollah", "if Hezbollah"), "LBN", "REB"), d("2025-11-24"), None, mod="threatened"),
    E("Hezbollah did not disarm", "disarm", "RETREAT", "disarm",
      (("Hezbollah", "if Hezbollah"), "LBN", "REB"), None, None, None, mod="hypothetical"),
])

# --------------------------------------------------------------------------
# 31 (own, Reuters): relay chains (a statement carried by one agency, a post
# reported by a newspaper, a spokesman quoted by another agency).
# --------------------------------------------------------------------------
X = ('Drones hit Port Sudan for third day, army blames RSF\n'
     'CAIRO, May 6 (Reuters) - Drones struck fuel depots and the main airport in Port Sudan on '
     'Tuesday, the third straight day of attacks on the army-aligned government\'s wartime seat, '
     'the army said in a statement carried by the state news agency SUNA.\n'
     'Army spokesman Nabil Abdallah accused the paramilitary Rapid Support Forces of launching the '
     'drones and said air defences had shot down several of them over the city.\n'
     'An RSF adviser, speaking to Al Jazeera, neither confirmed nor denied the attacks, but said '
     'the group would "strike any base used to bomb our people".\n'
     'Sudan\'s information minister Khalid al-Aiser said on Facebook that the strikes had hit a '
     'hotel near the airport, according to the Sudan Tribune newspaper.\n'
     'Sudan\'s Security and Defence Council announced it was cutting diplomatic ties with the '
     'United Arab Emirates, which it accuses of supplying the RSF with advanced drones, SUNA '
     'reported.\n'
     'The UAE foreign ministry rejected the accusation as "baseless" in a statement carried by the '
     'state news agency WAM, and said it did not recognise the army-backed authorities\' '
     'decision.\n'
     'Egypt condemned the attacks and called them a threat to regional security, the state news '
     'agency MENA quoted a foreign ministry spokesman as saying.\n'
     'U.N. Secretary-General Antonio Guterres urged both sides to protect civilians, his spokesman '
     'said.\n'
     'The army and the RSF have been at war since April 2023. The RSF captured El Geneina in June '
     'that year and was accused by the United States of genocide in January.')
M6 = d("2025-05-06")
ABDA = "Army spokesman Nabil Abdallah"
SUNA = ["SUNA"]
COUN = (("it", "it was cutting"), "SDN", "GOV")
WAM = ["the state news agency WAM"]
A("31", "Reuters", "2025-05-06", X.split('\n')[0], X, [
    E("Drones hit Port Sudan", "hit", "ASSAULT", "drone", None, None, M6, "Port Sudan",
      cl="ri-psudan-0506"),
    E("army blames RSF", "blames", "ACCUSE", "allege", ("army", "SDN", "MIL"), ("RSF", "SDN", "REB"),
      None, None, cl="ri-psudan-blame"),
    E("Drones struck fuel", "struck", "ASSAULT", "drone", None,
      ("fuel depots and the main airport", "SDN", None), M6, "Port Sudan", speaker="the army",
      relays=["the state news agency SUNA"], mod="reported", cl="ri-psudan-0506"),
    E("Abdallah accused", "accused", "ACCUSE", "allege", (ABDA, "SDN", "MIL"),
      ("the paramilitary Rapid Support Forces", "SDN", "REB"), None, None, cl="ri-psudan-blame"),
    E("of launching the drones", "launching", "ASSAULT", "drone",
      ("the paramilitary Rapid Support Forces", "SDN", "REB"), None, M6, None, speaker=ABDA,
      mod="reported", cl="ri-psudan-0506"),
    E("had shot down several", "shot down", "ASSAULT", None, ("air defences", "SDN", "MIL"), None,
      M6, P("the city", "Port Sudan"), speaker=ABDA, mod="reported"),
    E("would \"strike any base", "strike", "THREATEN", "violence", ("the group", "SDN", "REB"), None,
      None, None, speaker="An RSF adviser", relays=["Al Jazeera"], mod="threatened"),
    E("strikes had hit a hotel", "hit", "ASSAULT", "drone", None, ("a hotel", "SDN", "BUS"), M6,
      None, speaker="Sudan's information minister Khalid al-Aiser",
      relays=["Facebook", "the Sudan Tribune newspaper"], mod="reported", cl="ri-psudan-0506"),
    E("was cutting diplomatic ties", "cutting", "SANCTION", "discontinue", COUN,
      ("the United Arab Emirates", "ARE", "GOV"), None, None,
      speaker="Sudan's Security and Defence Council", relays=SUNA, mod="reported"),
    E("which it accuses", "accuses", "ACCUSE", "allege", (("it", "it accuses"), "SDN", "GOV"),
      ("which", "ARE", "GOV"), None, None, relays=SUNA),
    E("of supplying the RSF", "supplying", "AID", None, ("which", "ARE", "GOV"),
      ("the RSF", "SDN", "REB"), None, None, speaker=("it", "it accuses"), relays=SUNA,
      mod="reported"),
    E("ministry rejected the accusation", "rejected", "REJECT", None,
      ("The UAE foreign ministry", "ARE", "GOV"), None, None, None, relays=WAM),
    E("did not recognise", "recognise", "REJECT", None, (("it", "it did not"), "ARE", "GOV"), None,
      None, None, speaker="The UAE foreign ministry", relays=WAM, mod="reported"),
    E("Egypt condemned the attacks", "condemned", "ACCUSE", "disapprove", ("Egypt", "EGY", "GOV"),
      None, None, None, relays=["the state news agency MENA"]),
    E("condemned the attacks and", "attacks", "ASSAULT", "drone", None, None, None, None,
      speaker="Egypt", relays=["the state news agency MENA"], mod="reported",
      cl="ri-psudan-series"),
    E("Guterres urged both sides", "urged", "REQUEST", None,
      ("U.N. Secretary-General Antonio Guterres", None, "IGO"), ("both sides", "SDN", None), None,
      None, relays=["his spokesman"], mod="demanded"),
    E("have been at war since", "war", "ASSAULT", None, ("The army", "SDN", "MIL"),
      ("the RSF", "SDN", "REB"), mo("2023-04", True), None),
    E("The RSF captured El Geneina", "captured", "ASSAULT", None, ("The RSF", "SDN", "REB"),
      ("El Geneina", "SDN", None), mo("2023-06", True), "El Geneina"),
    E("was accused by the United States", "accused", "ACCUSE", "allege",
      ("the United States", "USA", "GOV"), ("The RSF", "SDN", "REB"), mo("2025-01", True), None),
    E("of genocide in January", "genocide", "ASSAULT", None, ("The RSF", "SDN", "REB"), None, None,
      None, speaker="the United States", mod="reported"),
])

# --------------------------------------------------------------------------
# 32-33 (own, Reuters and Lusa): one story told by two outlets, the clash of
# 30 November - 1 December 2023 and the dissolution of parliament after it.
# --------------------------------------------------------------------------
X = ('Guinea-Bissau troops clash with national guard in what president calls coup attempt\n'
     'BISSAU, Dec 1 (Reuters) - Soldiers loyal to Guinea-Bissau\'s president clashed overnight '
     'with members of the national guard in the capital Bissau, leaving two people dead, after '
     'guardsmen freed two ministers from police custody, the army said on Friday.\n'
     'National guard members stormed a police station late on Thursday and took away Finance '
     'Minister Souleiman Seidi and Treasury Secretary Antonio Monteiro, who had been detained for '
     'questioning over a $10 million withdrawal from state coffers.\n'
     'Special forces later recaptured the two men and arrested the national guard commander, '
     'Colonel Victor Tchongo, army chief of staff General Biague Na Ntan told reporters.\n'
     'President Umaro Sissoco Embalo, who was attending the COP28 climate summit in Dubai, said in '
     'a statement that the events were "an attempted coup" and promised that those responsible '
     'would "face severe consequences".\n'
     'Heavy gunfire was heard around the national guard barracks until Friday morning, residents '
     'said.\n'
     'The West African bloc ECOWAS condemned the violence and called on the army to respect the '
     'constitution.\n'
     'Embalo has survived two previous alleged coup attempts, including an assault on the '
     'government palace in February 2022 in which 11 people were killed.')
D1, N30, W48 = d("2023-12-01"), d("2023-11-30"), wk("2023-W48")
BIS = P(("BISSAU", 1), "Bissau")
NTAN = "army chief of staff General Biague Na Ntan"
EMB = ("President Umaro Sissoco Embalo", "GNB", "GOV")
A("32", "Reuters", "2023-12-01", X.split('\n')[0], X, [
    E("troops clash with", "clash", "ASSAULT", None, ("Guinea-Bissau troops", "GNB", "MIL"),
      ("national guard", "GNB", "MIL"), D1, None, cl="ri-gnb-clash"),
    E("president calls coup", "calls", "ACCUSE", "allege", ("president", "GNB", "GOV"), None, None,
      None, cl="ri-gnb-coupcall"),
    E("clashed overnight", "clashed", "ASSAULT", None,
      ("Soldiers loyal to Guinea-Bissau's president", "GNB", "MIL"),
      ("members of the national guard", "GNB", "MIL"), D1, P("Bissau", "Bissau"),
      speaker="the army", mod="reported", cl="ri-gnb-clash"),
    E("guardsmen freed two", "freed", "COERCE", None, ("guardsmen", "GNB", "MIL"),
      ("two ministers", "GNB", "GOV"), N30, None, speaker="the army", mod="reported",
      cl="ri-gnb-freeing"),
    E("members stormed a police", "stormed", "COERCE", None, ("National guard members", "GNB", "MIL"),
      ("a police station", "GNB", "COP"), N30, BIS, cl="ri-gnb-storm"),
    E("and took away Finance", "took away", "COERCE", None, ("National guard members", "GNB", "MIL"),
      ("Finance Minister Souleiman Seidi and Treasury Secretary Antonio Monteiro", "GNB", "GOV"),
      N30, BIS, cl="ri-gnb-freeing"),
    E("had been detained for questioning", "detained", "COERCE", "arrest", None,
      ("who", "GNB", "GOV"), None, None),
    E("later recaptured", "recaptured", "COERCE", "arrest", ("Special forces", "GNB", "MIL"),
      ("the two men", "GNB", "GOV"), D1, BIS, speaker=NTAN, mod="reported"),
    E("and arrested the national guard commander", "arrested", "COERCE", "arrest",
      ("Special forces", "GNB", "MIL"),
      ("the national guard commander, Colonel Victor Tchongo", "GNB", "MIL"), D1, BIS,
      speaker=NTAN, mod="reported", cl="ri-gnb-tchongo"),
    E("an attempted coup", "coup", "COERCE", None, None, None, W48, None,
      speaker="President Umaro Sissoco Embalo", mod="reported", cl="ri-gnb-coup"),
    E("and promised that those", "promised", "THREATEN", None, EMB,
      ("those responsible", "GNB", "MIL"), None, None, mod="threatened"),
    E("ECOWAS condemned the violence", "condemned", "ACCUSE", "disapprove",
      ("The West African bloc ECOWAS", None, "IGO"), None, None, None),
    E("called on the army", "called", "REQUEST", None, ("The West African bloc ECOWAS", None, "IGO"),
      ("the army", "GNB", "MIL"), None, None, mod="demanded"),
    E("an assault on the government palace", "assault", "ASSAULT", None, None,
      ("the government palace", "GNB", "GOV"), mo("2022-02", True), None),
])

X = ('Guinea-Bissau: President dissolves parliament after "coup attempt"\n'
     'Bissau, 04 Dec 2023 (Lusa) - Guinea-Bissau\'s President Umaro Sissoco Embalo on Monday '
     'dissolved the opposition-controlled National People\'s Assembly, accusing it of protecting '
     'the national guard officers behind last week\'s "attempted coup".\n'
     'In a decree read on state television TGB, Embalo said the clashes of Thursday night and '
     'Friday between the national guard and the army showed "the complicity of certain political '
     'interests within the state apparatus".\n'
     'The speaker of parliament, Domingos Simoes Pereira, rejected the decree as unconstitutional, '
     'saying the assembly could not be dissolved within 12 months of its election in June.\n'
     '"This is a constitutional coup," Pereira told Lusa, calling on supporters to remain calm.\n'
     'Soldiers surrounded the parliament building on Monday morning and prevented deputies from '
     'entering, witnesses told Lusa.\n'
     'The army said on Saturday that the national guard commander, Colonel Victor Tchongo, had '
     'been arrested and that the situation was "under control".\n'
     'The African Union and ECOWAS called for dialogue, while Portugal, the former colonial power, '
     'urged respect for the rule of law.')
D4 = d("2023-12-04")
BIS2 = P(("Bissau", 1), "Bissau")
EMB2 = ("Guinea-Bissau's President Umaro Sissoco Embalo", "GNB", "GOV")
PER = ("The speaker of parliament, Domingos Simoes Pereira", "GNB", "LEG")
A("33", "Lusa", "2023-12-04", X.split('\n')[0], X, [
    E("President dissolves parliament", "dissolves", "COERCE", "restrict", ("President", "GNB", "GOV"),
      ("parliament", "GNB", "LEG"), D4, None, cl="ri-gnb-dissolve"),
    E("on Monday dissolved", "dissolved", "COERCE", "restrict", EMB2,
      ("the opposition-controlled National People's Assembly", "GNB", "LEG"), D4, BIS2,
      cl="ri-gnb-dissolve"),
    E("accusing it of protecting", "accusing", "ACCUSE", "allege", EMB2,
      (("it", "accusing it"), "GNB", "LEG"), D4, BIS2),
    E("\"attempted coup\"", "attempted coup", "COERCE", None, None, None, W48, None,
      speaker="Guinea-Bissau's President Umaro Sissoco Embalo", mod="reported", cl="ri-gnb-coup"),
    E("the clashes of Thursday night", "clashes", "ASSAULT", None, ("the national guard", "GNB", "MIL"),
      ("the army", "GNB", "MIL"), W48, BIS2, speaker=("Embalo", "Embalo said the"),
      relays=["state television TGB"], mod="reported", cl="ri-gnb-clash"),
    E("Pereira, rejected the decree", "rejected", "REJECT", None, PER, None, None, None),
    E("This is a constitutional coup", "coup", "ACCUSE", "allege", (("Pereira", "Pereira told"), "GNB", "LEG"),
      None, None, None, speaker=("Pereira", "Pereira told"), mod="reported"),
    E("calling on supporters", "calling", "REQUEST", None, (("Pereira", "Pereira told"), "GNB", "LEG"),
      ("supporters", "GNB", "OPP"), None, None, mod="demanded"),
    E("Soldiers surrounded the parliament", "surrounded", "COERCE", "restrict", ("Soldiers", "GNB", "MIL"),
      ("the parliament building", "GNB", "LEG"), D4, BIS2, speaker="witnesses", mod="reported"),
    E("prevented deputies", "prevented", "COERCE", "restrict", ("Soldiers", "GNB", "MIL"),
      ("deputies", "GNB", "LEG"), D4, BIS2, speaker="witnesses", mod="reported"),
    E("had been arrested and that", "arrested", "COERCE", "arrest", None,
      ("the national guard commander, Colonel Victor Tchongo", "GNB", "MIL"), None, None,
      speaker="The army", mod="reported", cl="ri-gnb-tchongo"),
    E("ECOWAS called for dialogue", "called", "REQUEST", "meet",
      ("The African Union and ECOWAS", None, "IGO"), None, None, None, mod="demanded"),
    E("urged respect for", "urged", "REQUEST", None, ("Portugal", "PRT", "GOV"), None, None, None,
      mod="demanded"),
])

# --------------------------------------------------------------------------
# 34 (own, AFP): court copy, a death sentence in absentia and the reactions.
# --------------------------------------------------------------------------
X = ('DR Congo court sentences ex-president Kabila to death in absentia\n'
     'KINSHASA, Sept 30 (AFP) - A military court in the Democratic Republic of Congo on Tuesday '
     'sentenced former president Joseph Kabila to death in absentia after convicting him of '
     'treason, war crimes and organising an insurrection with the M23 rebels.\n'
     'The High Military Court also ordered Kabila, who ruled the country from 2001 to 2019, to pay '
     '$33 billion in damages to the state and the provinces of North and South Kivu.\n'
     'Prosecutors had accused him of plotting to overthrow President Felix Tshisekedi and of '
     'directing the Rwanda-backed M23, which seized the eastern cities of Goma and Bukavu earlier '
     'this year.\n'
     'Kabila, whose whereabouts are unknown, did not attend the trial and has not commented on the '
     'verdict. In a video posted on social media in May, he called the proceedings "arbitrary" and '
     'said he would not be silenced.\n'
     'His party, the People\'s Party for Reconstruction and Democracy (PPRD), denounced "a '
     'political verdict" and said it would appeal.\n'
     '"This sentence aims to eliminate a political opponent," PPRD secretary general Emmanuel '
     'Ramazani Shadary told AFP.\n'
     'The Senate lifted Kabila\'s immunity as a senator for life in May, days after he travelled '
     'to rebel-held Goma.\n'
     'Justice Minister Guillaume Ngefa said the government would ask countries hosting Kabila to '
     'extradite him.\n'
     'The M23\'s political wing, the Congo River Alliance, called the ruling "a masquerade" and '
     'accused Kinshasa of using the courts against its critics.\n'
     'Rwanda denies backing the M23, despite findings by U.N. experts that its troops fight '
     'alongside the rebels.\n'
     'Congo has not carried out an execution since 2003, when it introduced a moratorium. The '
     'government lifted the moratorium last year.')
S30 = d("2025-09-30")
KIN = P(("KINSHASA", 1), "Kinshasa")
KAB = ("Kabila", "COD", "OPP")
PPRD = ("His party, the People's Party for Reconstruction and Democracy (PPRD)", "COD", "OPP")
AFC = ("The M23's political wing, the Congo River Alliance", "COD", "REB")
A("34", "AFP", "2025-09-30", X.split('\n')[0], X, [
    E("court sentences ex-president", "sentences", "SANCTION", "convict", ("DR Congo court", "COD", "JUD"),
      ("ex-president Kabila", "COD", "OPP"), S30, None, cl="ri-kabila-sentence"),
    E("on Tuesday sentenced", "sentenced", "SANCTION", "convict",
      ("A military court in the Democratic Republic of Congo", "COD", "JUD"),
      ("former president Joseph Kabila", "COD", "OPP"), S30, KIN, cl="ri-kabila-sentence"),
    E("after convicting him", "convicting", "SANCTION", "convict",
      ("A military court in the Democratic Republic of Congo", "COD", "JUD"), ("him", "COD", "OPP"),
      S30, KIN, cl="ri-kabila-convict"),
    E("also ordered Kabila", "ordered", "SANCTION", None, ("The High Military Court", "COD", "JUD"),
      KAB, S30, KIN),
    E("Prosecutors had accused him", "accused", "ACCUSE", "allege", ("Prosecutors", "COD", "JUD"),
      ("him", "COD", "OPP"), None, None),
    E("plotting to overthrow", "overthrow", "COERCE", None, ("him", "COD", "OPP"),
      ("President Felix Tshisekedi", "COD", "GOV"), None, None, speaker="Prosecutors",
      mod="future"),
    E("which seized the eastern cities", "seized", "ASSAULT", None, ("which", "COD", "REB"),
      ("the eastern cities of Goma and Bukavu", "COD", None), yr("2025"), "Goma"),
    E("he called the proceedings", "called", "ACCUSE", "disapprove", ("he", "COD", "OPP"), None,
      mo("2025-05", True), None, relays=["social media"]),
    E("denounced \"a political verdict\"", "denounced", "ACCUSE", "disapprove", PPRD, None, None,
      None),
    E("said it would appeal", "appeal", "ACCUSE", "allege", (("it", "it would appeal"), "COD", "OPP"),
      None, None, None, speaker=PPRD[0], mod="future"),
    E("This sentence aims", "sentence", "SANCTION", "convict", None, None, S30, None,
      speaker="PPRD secretary general Emmanuel Ramazani Shadary", mod="reported",
      cl="ri-kabila-sentence"),
    E("The Senate lifted", "lifted", "COERCE", None, ("The Senate", "COD", "LEG"),
      (("Kabila", "Kabila's immunity"), "COD", "OPP"), mo("2025-05", True), None),
    E("would ask countries", "ask", "REQUEST", None, ("the government", "COD", "GOV"),
      ("countries hosting Kabila", None, "GOV"), None, None,
      speaker="Justice Minister Guillaume Ngefa", mod="demanded"),
    E("called the ruling", "called", "ACCUSE", "disapprove", AFC, None, None, None),
    E("and accused Kinshasa", "accused", "ACCUSE", "allege", AFC, ("Kinshasa", "COD", "GOV"), None,
      None),
    E("Rwanda denies backing", "denies", "REJECT", None, ("Rwanda", "RWA", "GOV"), None, None, None),
    E("troops fight alongside", "fight", "ASSAULT", None, ("its troops", "RWA", "MIL"), None, None,
      None, speaker="U.N. experts", mod="reported"),
])

# --------------------------------------------------------------------------
# 35 (own, sport): a rugby report in war figures; no event at all.
# --------------------------------------------------------------------------
X = ('Springboks storm Twickenham fortress as England\'s defence crumbles\n'
     'LONDON, Nov 16 (Reuters) - South Africa laid siege to England\'s line for most of the second '
     'half and finally broke through with two late tries to win 29-20 at Twickenham on Saturday, '
     'extending their unbeaten run against Steve Borthwick\'s side to five matches.\n'
     'England fired the first shots when Marcus Smith kicked three early penalties, but the '
     'Springbok forwards bombarded the home pack at every scrum and their wingers launched raid '
     'after raid down the flanks.\n'
     '"We knew we had to go to war up front," captain Siya Kolisi said. "They threw everything at '
     'us and we kept fighting."\n'
     'Borthwick accused the referee of ignoring South Africa\'s offside line and said his side '
     'would "take revenge" when the teams meet again in July.\n'
     'Asked whether his job was under threat, he said the Rugby Football Union had given him its '
     'full backing and that he would not surrender.\n'
     'The defeat left England fourth in the world rankings, while South Africa captured the '
     'Autumn Nations Series title with a game to spare.')
A("35", "Reuters", "2025-11-16", X.split('\n')[0], X, [])

# --------------------------------------------------------------------------
# 36 (own, business and weather): a storm and a price war in war figures; no
# event at all.
# --------------------------------------------------------------------------
X = ('Storm Amy batters coast as supermarkets open new front in price war\n'
     'MANCHESTER, Oct 3 (PA) - Storm Amy lashed the west coast of Britain on Friday with gusts of '
     'up to 90 mph, cutting power to 60,000 homes and killing a man whose car was struck by a '
     'falling tree, the Met Office and police said.\n'
     'Forecasters warned that the storm would advance east overnight and "attack" exposed hills '
     'with heavy rain, and urged drivers to avoid unnecessary journeys.\n'
     'In the high street, Asda fired the latest salvo in the supermarket price war, cutting the '
     'price of 1,500 products by up to a fifth in what analysts called a direct assault on Aldi '
     'and Lidl.\n'
     'Tesco vowed to "fight back" and said it would match the cuts, while Sainsbury\'s shares '
     'tumbled 4 percent as investors feared a long siege on margins.\n'
     '"This is trench warfare, and nobody is going to retreat," said Clive Black, an analyst at '
     'Shore Capital.\n'
     'Asda\'s chairman Allan Leighton rejected suggestions that the chain was dumping stock, and '
     'said rivals were "welcome to try to kill us off".')
A("36", "PA Media", "2025-10-03", X.split('\n')[0], X, [])

# --------------------------------------------------------------------------
# 37 (ECB+ 12_9ecb): the INS Mysore capture of 13 December 2008 told by the
# BBC, with Robert Gates in Bahrain and the trawler sinking recalled.
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_9ecb")
GAT = ("Mr Gates", "USA", "GOV")
A("37", "unknown", "2008-12-13", H, X, [
    E("it has arrested 23", "arrested", "COERCE", "arrest", (("it", "it has arrested"), "IND", "MIL"),
      ("23 Somali and Yemeni pirates", None, "UAF"), S13, "Gulf of Aden",
      speaker="The Indian navy", mod="reported", cl="ri-mysore-arrest"),
    E("who tried to storm", "storm", "ASSAULT", None, ("who", None, "UAF"), ("a ship", "ETH", "BUS"),
      S13, "Gulf of Aden", speaker="The Indian navy", mod="reported", cl="ri-gibe-attack"),
    E("it had responded to a mayday", "responded", "AID", None, (("it", "it had responded"), "IND", "MIL"),
      ("MV Gibe", "ETH", "BUS"), S13, None, speaker="A navy spokesman", mod="reported",
      cl="ri-mysore-rescue"),
    E("for a land attack", "attack", "ASSAULT", None, None, ("pirate bases", None, "UAF"), None,
      None, speaker="US Defence Secretary Robert Gates", mod="hypothetical"),
    E("also called for shipping", "called", "REQUEST", None, GAT, ("shipping companies", None, "BUS"),
      None, P("Bahrain", "Bahrain"), mod="demanded", cl="ri-gates-call"),
    E("that the captured pirates", "captured", "COERCE", "arrest", None,
      (("pirates", "captured pirates"), None, "UAF"), S13, None, speaker="The Indian government",
      mod="reported", cl="ri-mysore-arrest"),
    E("would be handed over", "handed over", "COERCE", "arrest", None,
      ("the appropriate authorities", None, "COP"), None, None, speaker="the statement",
      mod="future"),
    E("it had sunk a pirate", "sunk", "ASSAULT", None, (("it", "it had sunk"), "IND", "MIL"),
      ("a pirate ``mother vessel''", None, "UAF"), mo("2008-11", True), P("Somalia", "Somalia"),
      speaker="India's navy", mod="reported"),
    E("had been seized by pirates off Yemen", "seized", "ASSAULT", "abduct", ("pirates", None, "UAF"),
      ("that", "THA", "BUS"), mo("2008-11", True), "Yemen"),
    E("Robert Gates called for companies", "called", "REQUEST", None, ("Robert Gates", "USA", "GOV"),
      ("companies", None, "BUS"), None, None, mod="demanded", cl="ri-gates-call"),
    E("intended to attack the pirates", "attack", "ASSAULT", None, ("the US", "USA", "MIL"),
      ("the pirates ' land bases", None, "UAF"), None, None, mod="hypothetical"),
], source="ecbplus:12_9ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 38 (ECB+ 19_3ecb, cut): Athens calm on Sunday 14 December 2008 after the
# riots that followed the 6 December killing.
# --------------------------------------------------------------------------
X, H = T("ecbplus:19_3ecb")
DEC08, W50 = mo("2008-12", False), wk("2008-W50")
A("38", "unknown", "2008-12-14", H, X, [
    E("8 days of riots", "riots", "PROTEST", "riot", ("angry youths", "GRC", "CVL"), None, DEC08,
      None, cl="ri-gr-riots"),
    E("the worst riots", "riots", "PROTEST", "riot", None, None, DEC08, "Greece", cl="ri-gr-riots"),
    E("police killing of a teenager", "killing", "ASSAULT", "firearms", ("police", "GRC", "COP"),
      ("a teenager", "GRC", "CVL"), D6, None, cl="ri-grig-shoot"),
    E("vowed to remain on the streets", "remain", "PROTEST", "demo", ("Greek youths", "GRC", "CVL"),
      None, None, None, mod="future"),
    E("smashed and looted", "looted", "PROTEST", "vandalize", None, ("Hundreds of stores", "GRC", "BUS"),
      None, None),
    E("more than 200 people arrested", "arrested", "COERCE", "arrest", None,
      ("more than 200 people", "GRC", "CVL"), None, None),
    E("youths in Athens attacked", "attacked", "ASSAULT", None, ("youths", "GRC", "CVL"),
      ("a police station, stores and banks", "GRC", None), W50, "Athens"),
    E("fought running battles with police", "fought", "PROTEST", "riot", ("youths", "GRC", "CVL"),
      (("police", "battles with police"), "GRC", "COP"), W50, "Athens"),
    E("as candlelit vigils were held", "vigils", "PROTEST", "demo", None, None, W50, "Athens",
      cl="ri-gr-vigils"),
    E("a week since the shooting", "shooting", "ASSAULT", "firearms", None, None, D6, None,
      cl="ri-grig-shoot"),
    E("A new candlelit vigil", "vigil", "PROTEST", "demo", None, None, d("2008-12-14"), None,
      mod="future"),
    E("at the site of the shooting", "shooting", "ASSAULT", "firearms", None, None, D6, None,
      cl="ri-grig-shoot"),
    E("A separate protest", "protest", "PROTEST", "demo", None, None, None,
      P("western Athens", "Athens"), mod="future"),
], source="ecbplus:19_3ecb",
  note="not printed: 'Athens was calm Sunday after eight days' of riots after the 6 December "
       "2008 killing is Sunday 14 December 2008, the day of the report")


def main():
    check_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_i-22": [
            E("is currently serving a 3-15 year", "sentence", "SANCTION", "convict", None, ("Jenning Brian Critchfield", "USA", "CVL"), None, None),  # relabel50
        ],
        "rec_i-10": [
            E("At a hearing on Tuesday", "hearing", "ACCUSE", "allege", None, ("43 - year - old Yvonne Hiller", "USA", "CVL"), d("2010-12-07"), None, cl="ri-hiller-held"),  # relabel50
            E("strategy plans for the trial", "trial", "ACCUSE", "allege", None, None, None, None, mod="future", cl="rec_i-10-e03"),  # relabel50
            E("testified during the preliminary hearing", "hearing", "ACCUSE", "allege", None, None, d("2010-12-07"), None, cl="ri-hiller-held"),  # relabel50
        ],
        "rec_i-11": [
            E("non - jury trial", "trial", "ACCUSE", "allege", None, ("Hiller", "USA", "CVL"), d("2012-09-10"), None),  # relabel50
        ],
        "rec_i-17": [
            E("said during the murder trial", "trial", "ACCUSE", "allege", None, ("Lopez and Carrasquillo", "USA", "UAF"), None, None, cl="ri-lopez-trial"),  # relabel50
            E("throughout the investigation and trial", "trial", "ACCUSE", "allege", None, None, None, None, cl="ri-lopez-trial"),  # relabel50
        ],
        "rec_i-19": [
            E("innocent during the trial", "trial", "ACCUSE", "allege", None, None, None, None, speaker="Prosecutors", mod="reported"),  # relabel50
        ],
        "rec_i-34": [
            E("did not attend the trial", "trial", "ACCUSE", "allege", None, ("Kabila", "COD", "OPP"), None, None),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_i-09": [
            E("exited their vehicle to investigate", "investigate", "ACCUSE", "investigate", (("they", "they exited their vehicle"), "USA", "COP"), None, d("2013-03-09"), None, speaker="the officers involved in the shooting", mod="reported"),  # relabel62 (e): officers checking a suspect
        ],
        "rec_i-24": [
            E("as has already been seen in this investigation", "investigation", "ACCUSE", "investigate", None, None, None, None, speaker=("Mr. Kemp", "Mr. Kemp told the New York Times"), relays=(("the New York Times", "Mr. Kemp told the New York Times"),), mod="reported", cl="rec_i-24-e06"),  # relabel62 (e): the investigation told again
        ],
        "rec_i-17": [
            E("It was said throughout the investigation", "investigation", "ACCUSE", "investigate", None, None, None, None),  # relabel62 (e): the investigation as the time of another act
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_i-03": [
            E("During the operation, six AK", "operation", "COERCE", None, None, None, d("2011-11-11"), None, speaker="the officer", mod="reported", cl="ri-suk-foil"),  # relabel66 (a)
        ],
        "rec_i-04": [
            E("During the operation, six AK", "operation", "COERCE", None, None, None, d("2011-11-10"), None, speaker="the officer", mod="reported", cl="ri-suk-foil"),  # relabel66 (a)
        ],
        "rec_i-07": [
            E("in the shootings of Paul Riva", "shootings", "ASSAULT", "firearms", None, None, mo("2007-04", True), None, cl="ri-troy-shoot"),  # relabel66 (a)
        ],
        "rec_i-08": [
            E("While the violence has generally subsided", "violence", "PROTEST", "riot", None, None, d("2008-12-06", True), None, cl="rec_i-08-e02"),  # relabel66 (a)
            E("response to the violence", "violence", "PROTEST", "riot", None, None, d("2008-12-06", True), None, cl="rec_i-08-e02"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"


if __name__ == "__main__":
    main()
