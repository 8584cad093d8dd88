"""Build tests/data/records/rec_n.jsonl: gold whole-record events (batch rec_n).

rec_n is the BLIND SET after rec_m: every article has ``"split": "blind"``,
and every label was written before eventwire ever ran on any of these texts
(no pipeline, no ``eval records``, no spaCy on them while labelling, no
eventwire rule code read, and no system output looked at). Run it once, at
the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_n.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; header lines before the headline and
  lines at the end may be cut, never a line in between), MEANTIME Wikinews
  articles (``meantime:<doc_id>``, CC BY 4.0) and GeoVirus Wikinews articles
  (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text is copied,
  none of GeoVirus' annotation; a long one-paragraph text is cut after a
  sentence). No document used by rec_a..rec_m is used again
  (``check_unused``: the ``source`` fields of rec_a..rec_l and of rec_m,
  whose sources are listed in ``REC_M_SOURCES`` because rec_m lives on
  branch ``blind_m`` until its run). A text with no headline line takes its
  first sentence as title. ``published`` is the printed date, else inferred
  from the text's own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles: relays through two outlets, conditional
  threats, denials, recollections of old events with explicit and relative
  dates, one story told by two outlets.

Labels follow docs/annotation.md, including its Batch d..l decisions and the
"Batch n decisions". Spans are located by needle strings, never by
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

    python3 tests/data/records/make_rec_n.py
"""


from needles import (
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
    'Brooklyn': (40.65, -73.95),  # geonameid 5110302
    'East Flatbush': (40.65, -73.93),  # Brooklyn neighbourhood, approximate point
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Gulf of Aden': (12.0, 48.0),  # as rec_c and rec_j
    'Michigan': (44.25, -85.5),  # ADM1, GeoNames point
    'Troy': (42.61, -83.15),  # Troy, Michigan, geonameid 5012639
    'Saginaw': (43.42, -83.95),  # geonameid 5007804
    'Woodburn': (45.14, -122.86),  # Woodburn, Oregon, geonameid 5761708
    'Hawaiian Gardens': (33.83, -118.07),  # geonameid 5355828
    'Philadelphia': (39.95, -75.16),  # geonameid 4560349
    'Kalam': (35.49, 72.58),  # Kalam, Swat, approximate point
    'Stroud': (44.32, -79.62),  # Stroud, Ontario, approximate point
}

BATCH = Batch("rec_n", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

# The real documents of rec_m (branch blind_m, not yet on main): only their
# ``source`` field was read, to keep them out of this batch.
REC_M_SOURCES = (
    'ecbplus:12_3ecb',
    'ecbplus:12_4ecb',
    'ecbplus:12_5ecb',
    'ecbplus:12_8ecb',
    'ecbplus:16_3ecbplus',
    'ecbplus:18_14ecb',
    'ecbplus:18_8ecb',
    'ecbplus:19_6ecb',
    'ecbplus:26_10ecbplus',
    'ecbplus:26_11ecbplus',
    'ecbplus:32_5ecb',
    'ecbplus:32_6ecb',
    'ecbplus:32_7ecb',
    'ecbplus:33_5ecbplus',
    'ecbplus:33_8ecbplus',
    'ecbplus:33_9ecbplus',
    'ecbplus:3_3ecb',
    'ecbplus:3_5ecb',
    'ecbplus:3_6ecb',
    'ecbplus:8_1ecb',
    'ecbplus:8_2ecb',
    'ecbplus:8_5ecb',
    'ecbplus:8_8ecb',
    'geovirus:geovirus-107',
    'geovirus:geovirus-161',
    'geovirus:geovirus-167',
    'meantime:1173',
)

TEXTS = {
    'ecbplus:3_8ecb': (
        'A Georgia judge handed Brian Nichols today four consecutive life sentences without the '
        'possibility for parole sentence today.\n'
        'He was convicted of killing four people, including a judge in a court room shooting in 2005.\n'
        'A court officer was also killed outside the court and an off-duty officer the next day.\n'
        "``I will not bring dishonor to the decision to spare my life,'' Nichols, 37, told the court.\n"
        "``I'm giving you the maximum -- every day I could give you,'' Superior Court Judge James "
        'Bodiford said, in the same court where the killing occurred.\n'
        "``If I could give you more, I would.''\n"
        'Nichols was on trial for rape when on March 11, 2005 he overpowered a guard and seized '
        'her weapon, killing in the court room Judge Rowland Barnes and the court reporter Julie '
        'Ann Brandau;\n'
        'he also was convicted on killing Sgt. Hoyt Teasley outside the courthouse and killing the '
        'next day off-duty U.S. Customs Agent David Wilhelm.\n'
        "Nichols said: ``I know that the things that I've done caused a lot of pain, and I am sorry.''\n"
        'Jurors deadlocked with nine in favor and three against the death sentence.\n'
        'Ironically Nichols had offered to plead guilty in return for life behind bars but '
        'prosecutors had refused.'
    ),
    'ecbplus:3_9ecb': (
        'A judge on Saturday sentenced the man who killed four people in a brazen courthouse '
        'escape to multiple life sentences with no chance of parole after a deadlocked jury failed '
        'to return a death sentence.\n'
        'Brian Nichols, 37, was found guilty last month of murder and dozens of other counts for '
        'the March 2005 rampage that started in a downtown courthouse, led to an Atlanta '
        'neighborhood and ended with his capture the next day in a suburban county.\n'
        'He will likely die in prison after Superior Court Judge James Bodiford handed down the '
        'maximum sentence on each charge.\n'
        "``If there was any more I could give you, I would,'' the judge said.\n"
        'Nichols was spared capital punishment when the jury failed to reach a unanimous decision '
        'to condemn him to death row for the murders of a judge, a court reporter, a deputy and a '
        'federal agent.\n'
        'After four days and more than 30 hours of deliberations, the jury was deadlocked at 9-3, '
        'with nine in favor of the death penalty and three voting for life without parole.\n'
        'Nichols, who argued he was mentally insane when he carried out the killings, spoke for '
        'the first time in court on Saturday.\n'
        "``I just wanted to say that I know that the things I've done caused a lot of pain and I'm "
        "sorry,'' he said.\n"
        '``And I just wanted to say that I will not bring dishonor to the decision to spare my life.\n'
        "That's it.''\n"
        'The sentence caps more than three years of efforts to bring Nichols to justice since his '
        "arrest that were repeatedly bogged down by legal complications, frustrating victims ' "
        'relatives and angering state legislators over the costs.\n'
        'The rampage prompted attorneys and judges to question their safety and law enforcement '
        'around the state to re-examine courthouse security measures.\n'
        'The deadlocked jury was a setback for prosecutors, who turned down an offer from Nichols '
        "' attorneys to plead guilty in exchange for a life sentence."
    ),
    'ecbplus:8_3ecb': (
        'A Woodburn police officer and state police bomb squad technician were killed, while the '
        "city's police chief remained in critical condition after a bomb exploded late Friday at a "
        'Woodburn bank.\n'
        'The FBI and ATF offered a $35,000 reward for information leading to the arrest and '
        'conviction of the person or persons responsible for the explosion and deaths, Oregon '
        'State Police said.\n'
        'The explosion happened at the West Coast Bank on the Newberg 214 Highway just before 5:30 '
        'p.m., Marion County deputies said.\n'
        'Officers were on the scene investigating a report of a suspicious device when the '
        'explosion occurred.\n'
        'Woodburn Police Department Capt. Tom Tennant and Oregon State Police bomb technician Bill '
        'Hakim were killed in the blast.\n'
        'Woodburn Chief of Police Scott Russell was listed in critical condition at OHSU and a '
        'female bank employee received minor injuries.\n'
        'On Friday morning, a Woodburn-area Wells Fargo Bank received a threatening phone call '
        'from an unknown person.\n'
        'Bank personnel notified Woodburn Police Department and the bank was evacuated while '
        'police investigated with the assistance of the FBI and an Oregon State Police bomb squad.\n'
        'The investigation led to the West Coast Bank on Highway 214, just east of Interstate 5.\n'
        'While investigators were in the area, a suspicious device detonated.\n'
        'State police said the first device, discovered by police after the suspicious phone call, '
        'was determined not to be dangerous.\n'
        'The second device, which was discovered by a bank employee, did detonate.'
    ),
    'ecbplus:8_7ecb': (
        'Bomb explodes at Woodburn bank, killing a police officer and OSP bomb technician.\n'
        'A bomb exploded Friday at a West Coast Bank branch in Woodburn, killing a Woodburn police '
        'officer and an Oregon State Police bomb squad technician, and critically injuring the '
        'Woodburn police chief.\n'
        'The bomb detonated around 5:30 p.m. at the bank in the 2500 block of Oregon 214.\n'
        'The victims have been identified as Senior Trooper William Hakim of the Oregon State '
        'Police and Capt. Tom Tennant of the Woodburn Police Department, both described by '
        'colleagues this morning as dedicated professionals and family men.\n'
        'Hakim is the second bomb technician to die in the line of duty in the history of the '
        'Oregon State Police, Hastings said. He leaves behind a wife and two children, a '
        '16-year-old son and an 18-year-old daughter.\n'
        'Tennant was promoted to captain four years ago.\n'
        'He leaves behind a wife and three children, a 17-year-old son and two grown daughters.\n'
        "Tennant's longtime colleague, Woodburn police Sgt. Jason Tlusty, was visibly shaken as he "
        'described his friend and coworker this morning.\n'
        'Courtesy of The Woodburn IndependentScott Russell, Woodburn Police Chief\n'
        'Woodburn Police Chief Scott Russell received critical injuries and was taken to OHSU '
        'Hospital, according to OSP Lt. Gregg Hastings.\n'
        'A hospital representative said Russell, a 20-year veteran of the department with two '
        'daughters, is in an intensive care unit this morning.\n'
        'Hastings this morning announced that the ATF and FBI are offering a $35,000 reward for '
        'information leading to the arrest of the individual responsible for the crime.\n'
        "He described those responsible as ``very dangerous.''\n"
        "``That person needs to be found as soon as possible,'' Hastings said during the somber "
        'press conference this morning.'
    ),
    'ecbplus:8_6ecbplus': (
        'War - Zone Athens: three people dead, many buildings burning as general strike march '
        'turns into a battle\n'
        'May 5 2010 15: 14\n'
        'Three people have suffocated to death as a result of a fire in Marfin Bank during ongoing '
        'battles between anti - measure protesters and police in Athens.\n'
        'The Athens protest march marking the zenith of the general strike called for the 5th of '
        'May was attended by an approximate 200, 000 (20, 000 which is the foreign broadcast '
        'number referring to the PAME march alone), although because of lack of media coverage due '
        'to the media participation in the general strike no concrete estimates can be made.\n'
        'After the PAME (Communist Party union) protesters left Syntagma square, the first lines '
        'of the main march started arriving before the Parliament with the first clashes erupting '
        'at the end of Stadiou street.\n'
        'The march then walked on the Unknown Soldier grounds leading the Presidential Guard to '
        'retreat, and attempted to storm the Parliament but was pushed back by riot police forces '
        'which today demonstrated a particularly staunch attitude and resolve against the '
        'demonstrators.\n'
        'Soon battles erupted around the Parliament with protesters throwing Molotov cocktails and '
        'rocks, with one riot police armored van torched, and the police responding by extended '
        "use of tear gas that soon made Athens' atmosphere unbearably acrid.\n"
        'As more blocks reached Syntagma square, the battles spread across the city center and '
        'lasted for more than five hours.\n'
        'During the clashes several state buildings were set ablaze including the County '
        'Headquarters of Attika.\n'
        'At the time of writing the Ministry of Finance is reported to be on fire, and vital tax '
        'documents as destroyed by the raging fire.\n'
        'However the strange thing is that it is the fourth floor of the building that is burning, '
        'at a height inapproachable to petrol bombs.\n'
        'The building is in danger of total collapse.'
    ),
    'ecbplus:9_4ecb': (
        'The Bush administration issued two late-term regulations on Thursday that '
        'environmentalists say weaken federal protection for endangered species but that Interior '
        "Department officials defended as blocking a ``back-door'' attempt to regulate emissions "
        'that contribute to global warming.\n'
        'Conservation groups sued to block the new rules, reigniting a fight over so-called '
        'midnight regulation that had seemed to die down a day earlier when the administration '
        'declined to impose looser air pollution rules that environmentalists had feared.\n'
        'Previously, federal agencies were required to consult with scientists who specialized in '
        'particular species before proceeding with a project like a road or dam.\n'
        'The project could not go forward unless the specialist certified that no harm would come '
        'to endangered plants or wildlife.\n'
        'The rules announced Thursday would allow federal agencies to bypass those scientists in '
        'some cases if the agencies determined that the endangered species would not be harmed.\n'
        'The revision was finalized after four months of deliberation and over the objections of '
        'what officials said were the bulk of nearly 235,000 public comments on the change.\n'
        'The updated rules also bar agencies from stopping a project because its emissions might '
        'contribute to global warming.\n'
        'Opponents call the change particularly objectionable for the polar bear, which has seen '
        'its habitat shrink as Arctic ice caps melt.\n'
        'The government declared polar bears a threatened species this year.\n'
        "Interior Secretary Dirk Kempthorne called the rule changes ``narrow'' and a "
        "``common-sense'' approach to species protection.\n"
        'He stressed that agencies could still consult with species scientists if they chose, and '
        'he reiterated his belief that climate change regulation is a ``wholly inappropriate use '
        "of the Endangered Species Act.''\n"
        'Kempthorne acknowledged internal debate over the changes, but he and other administration '
        'officials said they tweaked the rule in response to public comments.\n'
        'Environmental groups panned them anyway.\n'
        'Janette Brimmer, an attorney with Earthjustice, said the administration was ``using '
        "global warming as a stalking horse to undo species protections on a broad scale.''\n"
        "Andrew Wetzler, director of the Natural Resources Defense Council's endangered species "
        'program, was blunt:\n'
        "``We will see them in court.''"
    ),
    'ecbplus:9_12ecbplus': (
        'Obama White House reverses Bush rule on protection of endangered species\n'
        '• Interior and commerce departments agree\n'
        '• Government wildlife experts to be consulted on development\n'
        'Tuesday 28 April 2009 22. 34 BST\n'
        'The Obama administration overturned one of the most controversial environmental measures '
        'of the George Bush era today, striking down a rule that had weakened protection for '
        'endangered species.\n'
        'Officials at the interior and commerce ministries said they had returned to a requirement '
        'that government wildlife experts sign off on any new development - mining, logging or '
        'road construction - that could hurt animals, fish or plants that are at risk of going extinct.\n'
        "Today's move was the latest in a series of declarations by Obama officials meant to chip "
        'away at the Bush environmental legacy.\n'
        'A number of those measures were put in place in the final hours of the Bush '
        'administration, in what became known as "midnight regulations".\n'
        'Until last December, developers had been required for more than two decades to get '
        'approval from government wildlife experts before embarking on new projects.\n'
        'But the Bush administration in its final days brought in a rule leaving it up to '
        'businesses to consult with government biologists on the impact of new development.\n'
        'Environmentalists had accused Bush of effectively gutting protections for threatened or '
        'endangered species, and activists had sent more than 70, 000 petitions to officials in '
        'the Obama administration urging them to cancel the "midnight regulation".\n'
        'In a statement, the commerce secretary, Gary Locke, and the interior secretary, Ken '
        'Salazar, agreed.\n'
        'After a scientific reviewed ordered by Obama last month, they said they had reached the '
        'conclusion that such protections were indeed necessary.\n'
        '"By rolling back this 11th hour regulation we are ensuring that threatened and endangered '
        'species continue to receive the full protection of the law, the two men said in a statement.\n'
        '"Federal agencies proposing to take actions that might affect threatened and endangered '
        'species will once again have to consult with biologists. "\n'
        'There was no word on another so - called midnight regulation that undermined protection '
        'for polar bear, an omission criticised by some activists today.\n'
        'The move, which had been anticipated, comes just 24 hours after Salazar took steps '
        'against another midnight regulation.\n'
        'The interior secretary said he would ask the courts to overturn a last - minute rule that '
        'made it easier for coal mining operations engaged in mountaintop removal to dump dirt '
        'near streams.'
    ),
    'ecbplus:11_8ecb': (
        "Turkmenistan's voters are going to the polls in parliamentary elections portrayed by the "
        'government as a step towards democracy in the gas-rich Central Asian nation.\n'
        "But critics say that Sunday's vote is a sham with all the candidates either representing "
        'the ruling Democratic Party, the only registered party, or a handful of state-approved '
        'independents.\n'
        "``Beyond all the pompous declarations, there will be no real change,'' Tadzhigul "
        'Begmedova, director of the Turkmenistan Helsinki Foundation for Human Rights, said from '
        'Bulgaria.\n'
        '``The hopes many people had that a new president would open up Turkmen society have been '
        "shattered.''\n"
        'Gurbanguli Berdymukhamedov became president in 2006 after the death of Saparmurat '
        'Niyazov, who forged a personality cult that saw months of the year renamed after himself '
        'and his mother, and a spiritual guide he authored become mandatory for students and '
        'government workers.\n'
        "'Pluralism and openess '\n"
        'Berdymukhamedov rolled back some of the decrees which had celebrated the previous leader '
        'and vowed to increase democracy and foreign investment.\n'
        '``It does not matter who gets elected.\n'
        'The president has the final say ``\n'
        '``This campaign stands out for its pluralism, openness and the activeness of the '
        "citizens,'' an election official told the AFP news agency, requesting anonymity.\n"
        "In September, the People's Council, a 2,507-member assembly of presidential appointees, "
        'town elders and others, voted to abolish itself and cede most of its powers to an '
        'expanded parliament.\n'
        "But more than half of the 288 candidates running for the parliament's 125 seats on Sunday "
        'are from the Democratic Party, while the others have been drawn from state-controlled '
        "women's and veterans ' organisations, trade unions and a youth group.\n"
        'All of them receive state funding for the campaign as no other form of political funding '
        "is allowed under Turkmenistan's laws.\n"
        '``It does not matter who gets elected.\n'
        "The president has the final say,'' Osman-aga, who herds camels in a remote desert area, "
        'told the Reuters news agency.\n'
        "Contest 'impossible '\n"
        'The Organisation for Security and Co-operation in Europe has not sent only three '
        'observers to monitor the vote, saying a genuine contest was impossible.\n'
        'Human Rights Watch said in a report last month:\n'
        '``The conditions are not in place to hold a free and fair election that would be a '
        "meaningful reflection of the will of the people.''"
    ),
    'ecbplus:12_6ecbplus': (
        'Indian Naval Ship Interdicts Three Pirate Vessels In A Single Operation\n'
        'Posted on November 15, 2011 6: 07: 15 PM GMT+01: 0\n'
        'Indian Naval Ship Sukanya, presently deployed on anti - piracy patrols in the Gulf of '
        'Aden under the operational control of the Western Naval Command, found herself once again '
        'in the thick of things, thwarting a multiple - boat piracy attack on 10 Nov 11.\n'
        'The ship was escorting a group of five merchant vessels through the IRTC (Internationally '
        'Recognised Transit Corridor) when, at about 9: 25 in the morning of 10th Nov, she '
        'detected a group of five suspicious boats, speedily approaching the merchant vessels of '
        'her group.\n'
        'The warship immediately altered towards the suspicious vessels and challenged them.\n'
        'On seeing the resolve evident in the warship ’ s action and probably mindful of the '
        'reputation for resolute action that the Indian Navy justly enjoys in such deployments, '
        'the pirate skiffs reversed course and tried to flee the area.\n'
        'While two of them managed to get away, the Sukanya successfully intercepted the remaining '
        'three and carried out well practiced and professionally executed boarding - and - search '
        'action.\n'
        'The three boats had a total of 26 Somali crew onboard.\n'
        'During the operation, six AK 47 rifles, 12 Magazines and about 300 rounds of ammunition '
        'were found and confiscated.\n'
        'In addition, the boarding party also found a host of other equipment such as grapnels, '
        'ladders and rope - handling gloves all of which confirmed their piratical intent.\n'
        'The timely operation by Sukanya resulted, once again, in foiling the pirates ’ intention '
        'of attacking merchant vessels transiting this busy sea lane through which over a hundred '
        'Billion Dollars of India ’ s external trade passes each year.\n'
        'This is the fifth successful anti - piracy operation conducted by Sukanya, in the course '
        'of her ongoing patrol mission in the Gulf of Aden, which commenced in September.'
    ),
    'ecbplus:16_4ecbplus': (
        "A Los Angeles County Sheriff's Department deputy — a recently married father of two sons "
        "— died after a shooting Friday afternoon in Hawaiian Gardens, according to the sheriff's "
        'department.\n'
        'Gunfire was reported at about 3 p. m. in the Hawaiian Gardens area during an operation '
        "involving a uniformed gang enforcement deputy identified as Los Angeles County Sheriff's "
        "Deputy Jerry Ortiz, according to sheriff's officials.\n"
        'The location is about 10 blocks east of the 605 Freeway.\n'
        'Authorities said a witness called 911 to report the shooting, which occurred after Ortiz '
        "knocked on the residence's door, according to the sheriff's department.\n"
        "Ortiz was shot in the head, said Larry Waldie of the sheriff's department.\n"
        'He was transported in a helicopter to UCLA - Medical Center.\n'
        'As of 11 p. m. authorities were still searching for Jose Luis Orozco, 27, who is '
        'considered armed and dangerous.\n'
        'He is 5 - feet - 8 inches tall, weighing 130 pounds, has a shaved head and is heavily '
        'tattooed.\n'
        "He was wearing knee - length shorts with white tennis shoes, according to the sheriff's "
        'department.\n'
        "Ortiz, 35, was a 15 - year member of the sheriff's department.\n"
        'He had been working with the gang enforcement team for the last five years.\n'
        "Sheriff's department officials initially reported that a second deputy was shot, but "
        "authorities later said the responding deputy's injuries were not caused by gunfire.\n"
        "Sheriff's officials said the second deputy was injured when he fell.\n"
        'That deputy was hospitalized at Tri - Cities Hospital.\n'
        'A SWAT unit was dispatched to the area near Carson Street and Norwalk Boulevard.\n'
        'Deputies and at least one canine unit also were at the scene.\n'
        'Authorities said they believe they know the identity of the shooter but no suspects have '
        'been taken into custody.'
    ),
    'ecbplus:18_1ecbplus': (
        'Sheriff: Michigan office shooting kills 1, injures 2\n'
        'POSTED: 1052 GMT (1852 HKT), April 10, 2007\n'
        'A Michigan man shot to death one person and injured two others Monday at the suburban '
        'Detroit accounting firm from which he was fired last week, police said.\n'
        'The suspect, 38 - year - old Anthony LaCalamita, was "deliberately seeking out these '
        'individuals, " according to Troy police Lt. Gerry Scherlinck.\n'
        'A female receptionist died and two men, believed to be "management level employees, " '
        'underwent surgery for gunshot wounds at Royal Oak Beaumont Hospital, Scherlinck said.\n'
        "A 50 - year - old man from Dexter, Michigan, tipped off authorities to LaCalamita's "
        "location after hearing a description of the suspect's vehicle - - a 2007 silver Ford "
        'Fusion - - on the radio.\n'
        'The man, who did not want to be identified, called 911 when he realized the vehicle '
        'directly next to him matched the description on the radio, according to Genesee County '
        'Sheriff Robert Pickell.\n'
        'Police attempted to stop the vehicle as it entered Vienna township, but LaCalamita would '
        'not pull over, Pickell said.\n'
        'LaCalamita drove across several counties, at speeds up to 120 miles per hour, '
        'surrendering only after authorities boxed in his car on Interstate 75 in Saginaw, Michigan.\n'
        'He surrendered "peacefully and without incident, " Pickell said.\n'
        'Upon arrest, police seized a shotgun and several shells, he said.\n'
        'LaCalamita is being held in the Genesee County jail and is expected to be handed over to '
        'the Detroit police.'
    ),
    'ecbplus:18_2ecbplus': (
        '1 dead, 2 hurt in Mich. office shooting; police say suspect had worked there\n'
        'Updated 4 / 9 / 2007 6: 04 PM\n'
        'A man suspected of shooting three people at an accounting firm where he had worked was '
        'arrested a few hours later after a high - speed chase, authorities said.\n'
        'One victim died in the Monday morning attack.\n'
        'Police said they had located Anthony LaCalamita, 38, of Troy on Interstate 75, north of '
        'the suburban Detroit office building where the shootings took place.\n'
        'ON DEADLINE: Live updates and local coverage\n'
        "Sheriff's deputies and state police chased him at speeds of more than 100 mph before he "
        'finally pulled over after about 15 minutes, Genesee County Undersheriff James Gage said.\n'
        '"He probably realized if he didn\'t, he was going to be shot, " Gage said.\n'
        'He said LaCalamita was being brought to Genesee County, since it was the arresting agency.\n'
        'Officers found a gun in the vehicle matching the description of the one used in the '
        'shootings, Troy police Lt. Gerry Scherlinck said.\n'
        "Some witnesses told police that when the shooter walked into the office on the building's "
        'second floor around 10 a. m. Monday, he looked as if he was trying to hide something, '
        'Troy Police Chief Charles Craft said.'
    ),
    'ecbplus:18_5ecbplus': (
        'Gunman kills 1, wounds 2 at accounting office\n'
        'Suspect had been fired last week by Troy, Mich., company\n'
        'An accounting firm employee who was fired last week shot and killed a woman and wounded '
        'two men Monday at the suburban Detroit building where he worked, then led officers on a '
        'high - speed chase, police said.\n'
        'Hours after the shooting, a motorist 50 miles north of Detroit spotted a vehicle '
        'described on radio reports and notified authorities, touching off a 30 - mile pursuit '
        'that passed through a construction zone and reached speeds of 120 mph, officials said.\n'
        'Anthony LaCalamita III, 38, said nothing after officers surrounded him, Genesee County '
        'Sheriff Robert J. Pickell said.\n'
        'Officers found a 12 - gauge pump - action shotgun and three live shells in the vehicle, '
        'but LaCalamita as “ subdued.\n'
        'Very, very, very subdued, ” the sheriff said.'
    ),
    'ecbplus:18_7ecbplus': (
        'Mich. accountant charged with murder in office shootings\n'
        'Updated 4 / 11 / 2007 1: 26 PM\n'
        'A fired accountant accused of wounding two former bosses in a shotgun attack and killing '
        'a receptionist who tried to stop him was arraigned Wednesday on murder and other charges.\n'
        'Anthony LaCalamita III, 38, had been arrested following a high - speed chase a few hours '
        'after the Monday morning shootings at Gordon Advisors in suburban Detroit.\n'
        'During his arraignment Wednesday, authorities described what witnesses saw inside the '
        'offices that morning.\n'
        'LaCalamita was hiding the gun when he walked into accounting firm offices, stopped '
        "briefly at the reception desk and then entered Alan Steinberg's office, Troy police Sgt. "
        'Barry Whiteside testified.\n'
        'Steinberg, a partner in the firm, told police LaCalamita loaded a shell into the '
        "shotgun's chamber and shot him in the hip, then walked toward the office of Paul Riva, "
        'another partner.\n'
        "When receptionist Madeline Kafoury tried to stop him at Riva's door, the gunman fatally "
        'shot her in the midsection, Whiteside said.\n'
        'LaCalamita then fired at Riva, hitting him in the upper chest, and left the building, '
        'Whiteside said.'
    ),
    'ecbplus:19_1ecbplus': (
        "Brooklyn Neighborhood Is 'A Powder Keg' After Teen Killed By Police\n"
        'MAR. 14, 2013, 8: 12 PM\n'
        'Hostility has been mounting this week in East Flatbush, Brooklyn, after two plainclothes '
        'police officers fatally shot 16 - year - old Kimani Gray after he allegedly pointed a '
        'revolver at them on Saturday night.\n'
        'On Monday a group of about 130 people were marching toward the 67th Police Precinct '
        'station when about two dozen young protesters splintered off — drawing riot police — and '
        'trashed a Rite Aid.\n'
        "Tuesday the crowd was mostly calm, but on Wednesday — the same day Gray's autopsy showed "
        'he had been shot seven times — part of the 200 person crowd became unruly.\n'
        "The night began with hope that Gray's mother would speak at a vigil alongside mothers of "
        'local shooting victims, but the night turned when about 30 young men showed up in the '
        'shadows across the street.\n'
        '"They were staying in the dark area of the street, " a witness told CNN.\n'
        '"You just knew it was going to turn into the cops trying to contain those kids who were '
        'obviously gonna go for it.\n'
        'That just stopped the original intention of the night. "\n'
        'The witness said the teenagers suddenly took off, fanning through streets and side '
        'streets, followed by the sound of glass breaking and metal store - front gates being '
        'pulled down.\n'
        'Protesters began throwing bricks and bottles while cops began pepper - spraying and arresting.\n'
        "By the end an officer's face and the window of a police van had been hit with bricks, and "
        '46 people had been arrested.'
    ),
    'ecbplus:19_4ecbplus': (
        "Brooklyn riot over teen's death: 16 - year - old shot by cops did not have a gun, says witness\n"
        "Tishana King says she saw the whole incident from a bird's eye view in her Brooklyn apartment.\n"
        "She says she's 'certain' slain Kimani (Kiki) Gray 'didn't having anything in his hands. '\n"
        'PUBLISHED: WEDNESDAY, MARCH 13, 2013, 12: 38 AM\n'
        'UPDATED: WEDNESDAY, MARCH 13, 2013, 2: 30 AM\n'
        'A Brooklyn woman who claims she had a “ bird ’ s - eye view ” of the fatal police '
        'shooting of 16 - year - old Kimani (Kiki) Gray says the youth did not have a gun in his hand.\n'
        'Tishana King is the only civilian eyewitness to come forward, and her account sharply '
        'differs from Police Commissioner Raymond Kelly ’ s assertion that Gray had pointed a. 38 '
        '- caliber revolver at the cops before they opened fire.\n'
        '“ I ’ m certain he didn ’ t have anything in his hands, ” King told the Daily News.\n'
        'Moments after the Saturday shooting, one cop put both hands on his head and said, “ ‘ Oh, '
        'God! ’ ” King recalled.\n'
        '“ His partner went over to him and put his hand on his shoulder and said, ‘ Are you okay, '
        'buddy? ’ ”'
    ),
    'ecbplus:19_5ecbplus': (
        "'There ’ s a lot of anger here': Riot breaks out in Brooklyn following candlelight vigil "
        'for 16 - year - old shot by cops\n'
        "Memorial for Kimani 'Kiki' Gray, who was fatally wounded by police Saturday after "
        'allegedly pointing a gun in their direction, turned ugly as nearly 100 angry mourners '
        'clashed with cops, tossing bottles and creating a melee.\n'
        'PUBLISHED: MONDAY, MARCH 11, 2013, 10: 34 PM\n'
        'UPDATED: TUESDAY, MARCH 12, 2013, 9: 36 AM\n'
        'Anger over the death of a Brooklyn teenager shot and killed by police fueled a riot on '
        'the streets of East Flatbush Monday — projectiles were hurled at cops, car windows were '
        'smashed and a pharmacy customer had a bottle bashed over his head.\n'
        'The scenes of violence on blocks near the NYPD ’ s 67th Precinct stationhouse followed a '
        'protest march that grew out of a candlelight vigil for Kimani (Kiki) Gray, 16, killed by '
        'police bullets on Saturday.\n'
        'In the aftermath of the riot, as police were trying to secure the area and assess damage '
        'to stores along streets strewn with broken glass, City Councilman Jumaane Williams called '
        'for Police Commissioner Raymond Kelly and Mayor Bloomberg to visit the community.\n'
        '“ There ’ s a lot of anger here, ” said Williams, whose district includes the riot zone.\n'
        '“ This isn ’ t just from one particular shooting.\n'
        'A whole community has not been heard for far too long. ”\n'
        'Kelly visited the precinct stationhouse about 12: 30 a. m. Tuesday — more than four hours '
        'after the chaos began — but did not speak to reporters.\n'
        'The vigil for Kimani was held at E. 52nd St. and Tilden Ave., the location of the '
        'shooting, which has caused tensions to simmer in the community, in part because the boy ’ '
        's family contests police allegations that he was armed with a handgun.\n'
        'Starting at about 8 p. m., nearly 100 people set off from the vigil site to march the '
        'more than 20 blocks to the precinct stationhouse, on Snyder Ave. near Nostrand Ave.\n'
        'But the procession, peaceful at first, turned into a wild confrontation between furious '
        'marchers and cops after a faction broke off from the group and began to smash car and '
        'store windows with rocks and jump on the tops of vehicles, police sources and witnesses said.'
    ),
    'ecbplus:19_8ecbplus': (
        "'It sounds like a war zone': Chaos in Brooklyn as 100 teenagers 'riot' on the streets "
        'following vigil of 16 - year - old who was shot dead by NYPD plainclothes cops\n'
        'Two plainclothes NYPD officers shot and killed a 16 - year - old Brooklyn resident after '
        'police say he pointed a gun at officers on Saturday\n'
        'When police approached to speak with the young man, cops say he turned on them and aimed '
        'a. 357 caliber revolver at them\n'
        'Peaceful protest for Kimani Gray turned chaotic tonight as 100 people rioted and threw '
        'bottles at officers\n'
        'PUBLISHED: 02: 31 GMT, 12 March 2013 | UPDATED: 22: 19 GMT, 12 March 2013\n'
        'An orderly protest over the death of an armed 16 - year - old turned into a riot in '
        'Brooklyn tonight after young people started lashing out at NYPD officers.\n'
        'Between 60 and 100 rioters gathered around Church and Snyder Ave. in East Flatbush and '
        'threw bottles and other debris at police, witnesses said, following a vigil for Kimani '
        'Gray, 16, who was shot dead by two plainclothes officers over the weekend.\n'
        'One person has been arrested, though no injuries have been reported.\n'
        'They were lashing out at the NYPD, who they believe are responsible for the teen ’ s death.\n'
        'An NYPD spokesperson confirmed to MailOnline that there was a ‘ large disorderly group '
        'throwing bottles at police. ’\n'
        'They said the protest began around 8: 30pm tonight but the crowd is being dispersed by police.\n'
        'New York City Councilman Jumaane D. Williams, who represents the area of Flatbush, has '
        'been tweeting live updates, and said: ‘ I ’ m in the middle of the riot action at Church '
        'and Snyder in my district.\n'
        'Right now, things are tense.\n'
        'Young people have expressed anger. ’\n'
        'Mr Williams later described the scene of chaos in Flatbush, saying that garbage cans had '
        'been overturned and people smashed out windows.\n'
        'He added that one person had been attacked outside of a local Rite Aid.\n'
        '‘ Tonight was a peaceful vigil that devolved into a riot, ’ he wrote.'
    ),
    'ecbplus:22_8ecbplus': (
        '2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant\n'
        'September 10, 2010 10: 14 AM\n'
        'Police say two people have been killed and another wounded in a shooting at the Kraft '
        'Foods plant in Northeast Philadelphia.\n'
        'The alleged shooter is in police custody.\n'
        'KYW ’ s Pat Loeb reports that the shooting took place just after 8: 30pm Thursday night '
        'inside the old Nabisco factory, along the 12000 block of Roosevelt Boulevard, at '
        'Woodhaven Road.\n'
        'Authorities say the incident began after the fifteen - year employee, 43 - year - old '
        'Yvonne Hiller, was suspended.\n'
        'Police commissioner Charles Ramsey says she was escorted out of the building and was '
        'outside for nine minutes before coming back:\n'
        '“ She drove her car through a barrier and entered the premises.\n'
        'She had a. 357 magnum.\n'
        'Made her way to the third - floor mixing room, where she encountered at least three of '
        'the employees.\n'
        'Two, she shot and killed there in the room.\n'
        'A third was also shot. ”\n'
        'The third victim, identified as Brian Dalton, was rushed to Aria Health ’ s Torresdale '
        'campus with a gunshot wound.\n'
        'He was later transferred to Jefferson and listed in stable condition.\n'
        'Officers responded to 911 calls from other employees inside the building, arriving with '
        'SWAT teams and other personnel who were trained in an “ active shooter ” situation, '
        'according to Commissioner Ramsey.\n'
        'He says most of the other 100 workers inside were able to get out safely.\n'
        'Seven employees were trapped near the shooter, but cops say they were able to free them, '
        'disarm the woman, and take her into custody.'
    ),
    'ecbplus:22_9ecbplus': (
        'Murder trial ordered for woman accused in Kraft plant shootings\n'
        'POSTED: December 08, 2010\n'
        'Yvonne Hiller was certain she was being targeted for surreptitious "chemical abuse, " but '
        'no one believed her story.\n'
        'She accused her coworkers of spraying her with deer urine, prompting her to complain to a '
        'federal safety agency.\n'
        'She thought her Lawncrest neighbors were running a meth lab, and she called police to her '
        'apartment numerous times "for the smell. "\n'
        'She believed that chemicals were ruining her health, and had visited several doctors and '
        'counselors since 2007.\n'
        "Despite all that, she couldn't find the source of the toxins she thought were plaguing her.\n"
        'Hiller told homicide detectives that her mounting frustration finally culminated in '
        'September, when she went on a shooting rampage through the Kraft Foods plant in Northeast '
        'Philadelphia, where she had worked for 15 years.\n'
        'In her statement, Hiller admitted killing two coworkers and seriously wounding a third.\n'
        "Homicide Detective Dominic Mangoni, testifying Tuesday at Hiller's preliminary hearing, "
        'said he asked how she felt just hours after the shootings.\n'
        '"I don\'t feel anything, " she said, according to the statement.\n'
        '"I just wish people would accept me for what I was. "\n'
        'After the hearing, Hiller, 43, was ordered held on multiple counts of murder, attempted '
        'murder, and other crimes.'
    ),
    'ecbplus:22_12ecbplus': (
        'Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder\n'
        '09 / 10 / 10 08: 23 PM ET\n'
        'A Kraft Foods plant worker who had been suspended for feuding with colleagues, then '
        'escorted from the building, returned minutes later with a handgun, found her foes in a '
        'break room and executed two of them with a single bullet each and critically wounded a '
        'third, police said Friday.\n'
        'Yvonne Hiller, 43, had gotten into an argument Thursday evening with her co - workers at '
        'the northeast Philadelphia plant, police said.\n'
        'After she was disciplined, she went to her vehicle, made several phone calls, and then '
        'grabbed a. 357 Magnum and used it to force her way past security guards at the front gate.\n'
        'About 100 people were at work at the plant, which makes Nabisco cookies and crackers.\n'
        'Hiller walked to the third - floor mixing area and found four people in the break room.\n'
        'She had no quarrels with one woman and told her to leave.\n'
        'She then opened fire on the others, Philadelphia Homicide Capt. James Clark said.\n'
        '"She believed they were spraying chemicals at her, saying things behind her back, " Clark '
        'said.\n'
        'After leaving the break room, Hiller went down a hallway and fired shots at the '
        'supervisor who had suspended her and at a mechanic who was using a walkie - talkie to '
        'alert police and co - workers to her whereabouts, police said.\n'
        'She missed both.\n'
        'Hiller finally went to a second - floor office and called police to tell them what she '
        'had done, authorities said.\n'
        'Seven other workers were hiding in a closet nearby.\n'
        'Cpl. Janice Leader, a 911 dispatcher, told reporters Friday that Hiller called 911, '
        'saying "I\'m the one you\'re looking for" and reporting that she had been harassed at work.\n'
        'Keeping her on the line, Leader said she told Hiller to put the gun down and place her '
        "hands on her head so officers wouldn't take any aggressive action against her."
    ),
    'ecbplus:26_3ecbplus': (
        'Ex - Mafia boss Vincent Gigante dies in prison\n'
        "He was known as the 'Oddfather' for faking mental illness to beat raps\n"
        'updated 12 / 19 / 2005 2: 48: 40 PM ET\n'
        'Mob boss Vincent "The Chin" Gigante, the powerful Mafioso who avoided jail for decades by '
        'wandering the streets in a ratty bathrobe and slippers, feigning mental illness, died '
        'Monday in prison, officials said.\n'
        'He was 77.\n'
        'Gigante, who had suffered from heart disease, died at the federal prison in Springfield, '
        'Mo., said prison spokesman Al Quintero.\n'
        'Gigante, head of the Genovese crime family, had scored a lengthy string of victories over '
        'prosecutors, but it ended with a July 1997 racketeering conviction.\n'
        'After nearly a quarter - century of public craziness, he finally admitted his insanity '
        'ruse at an April 2003 federal hearing in which the man dubbed the "Oddfather" by tabloid '
        'newspapers calmly pleaded guilty to obstruction of justice.\n'
        "At the height of his power, Gigante's empire stretched from Little Italy to the docks of "
        'Miami.\n'
        'Denying he was a gangster, Gigante would wander the streets of the Greenwich Village '
        'neighborhood in nightclothes, muttering incoherently.\n'
        'Relatives, including a brother was who a Roman Catholic priest, insisted Gigante suffered '
        "from paranoid schizophrenia, dementia and Alzheimer's disease.\n"
        "Authorities charged it was a brazen act to avoid the law - although it wasn't until 1997 "
        'that a jury agreed, and it took another six years for Gigante to concede his subterfuge.\n'
        'Born in the Bronx in 1928, one of five sons of Italian immigrant parents, Gigante became '
        'a small - time boxer and drifted into the crime family founded in 1931 by legendary '
        'gangster Charles "Lucky" Luciano.\n'
        'In 1957, Gigante was the hitman in a botched attempt to assassinate then - boss Frank Costello.'
    ),
    'meantime:100911': (
        'Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract\n'
        'March 01, 2008\n'
        'Northrop Grumman and Airbus parent company European Aeronautic Defence and Space Company '
        'EADS N.V. (EADS) have unexpectedly defeated Boeing for a US$ 40 billion (GB #20.1 '
        'billion) contract to supply the United States Air Force (USAF) with 179 new aerial '
        'refueling tankers at a rate of 15 a year.\n'
        'It is the biggest contract of its kind since the Joint Strike Fighter program.\n'
        'That contract was fought for between Boeing and Lockheed Martin, Lockheed ultimately '
        'winning the contest.\n'
        'JSA Research defence analysist Paul Nesbit said that Maintenance, Repair and Overhaul '
        "(MRO) operations across the aircraft's fifty-year service life could push the value of "
        'the contract as high as US$ 100 billion.\n'
        'Northrop Grumman CEO Ron Sugar said in an interview ``Everyone told us we were crazy, '
        'that we had no chance.\n'
        "But we took a big swing and in this case, we hit a home run.''\n"
        'USAF officials said that the contract had been awarded based on competence, track record '
        'and competitive pricing, with UBS analyst David Strauss saying ``The key decision was the '
        'amount of fuel the bigger plane could carry.\n'
        "In the armed services, you can never have too much gas in the air.''\n"
        'USAF also denied that creating jobs in the US was a factor; job supply had been the '
        'reason Boeing were expected to win, with the airframer promising 44,000 new positions at '
        '300 suppliers in 40 states.\n'
        'The Northrop Grumman KC-45 tankers - more often known as KC-30s - are based on the Airbus '
        'A330 MRTT.\n'
        'The first four aircraft will be assembled at the main Airbus factory in Toulouse, France '
        'but by 2010-11 production of the remainder will be carried out at a facility in Mobile, '
        'Alabama.\n'
        'This is thought likely to create 1,500 to 2,000 jobs and support 25,000 others.\n'
        '60% of the parts will be supplied by domestic manufacturers.\n'
        'EADS had previously announced plans to shift much production to the US due to the current '
        'weakness of the dollar.\n'
        "General Arthur Lichte, head of USAF's Mobility Command, said it is hoped the first "
        'aircraft can be tested in 2010 and in operation three years afterwards.\n'
        "USAF's chief of staff General Duncan McNab stated ``The tanker is the number-one "
        'procurement priority for us right now.\n'
        'It is the first step in our critical commitment to recapitalize our aging fleet to move, '
        "supply, and position assets anywhere.''\n"
        'There is still a possibility of Boeing challenging the decision; Boeing themselves were '
        'successfuly challenged by Lockheed and Sikorsky in 2006 over a US$ 10 billion contract to '
        'supply search and rescue helicopters to the Pentagon.\n'
        'A statement by Boeing given by Boeing spokesman William Barksdale said ``Obviously we are '
        'very disappointed ... Once we have reviewed the details behind the award, we will make a '
        "decision concerning our possible options.''\n"
        'Washington senator Patty Murray, who hails from the same state where Boeing bases their '
        'commercial airliner operations, said in a critical statement ``We are shocked that the '
        'Air Force tapped a European company and its foreign workers to provide a tanker to our '
        'American military.\n'
        'At a time when our economy is hurting, this decision to outsource our tankers is a blow '
        "to the American aerospace industry, American workers and America's military.''\n"
        "Washington representative Norm Dicks said he too was ``shocked'', releasing a statement "
        'saying ``This decision is even more disappointing because the Air Force had previously '
        'favored the Boeing 767 tanker and we were prepared to move forward with the production of '
        '100 tankers in 2003, before the process was halted due to the Boeing scandal.\n'
        'I regret that it has taken so long to respond to what was -- and is -- an urgent need to '
        'replace these older aircraft.\n'
        'And even more regrettable is the decision to award the contract to Airbus, which has '
        'consistently used unfair European government subsidies to take jobs away from American '
        "aircraft workers.''\n"
        "Kansas senator Sam Brownback said ``It's stunning to me that we would outsource the "
        'production of these airplanes to Europe instead of building them in America.\n'
        "I' ll be calling upon the Secretary of Defense for a full debriefing and expect there "
        "will be a protest of the award by Boeing.''"
    ),
    'meantime:89284': (
        'Apple to lower UK iTunes prices\n'
        'January 09, 2008\n'
        'The European Commission has forced Apple Inc. to lower its prices for media in its United '
        "Kingdom iTunes store, Apple's online media shop.\n"
        'The change in policy will occur within the next six months, Apple announced this morning.\n'
        "Apple is the producer of the world's most-sold MP3 Player, the iPod and launched the "
        'iTunes Music Store, a online music store, on April 28, 2003.\n'
        'The store was renamed to iTunes Store in 2006, as Apple began selling other media apart '
        'from music, such as feature-length movies.\n'
        'Since its launch the store has sold more than 3 billion songs.\n'
        'At the moment songs are sold for #0.79 per song and #7.99 per album which after the price '
        'cut will on average be reduced to #0.74 and #7.48 to match the EU prices of $0.99 and '
        '$9.99, according to Times Online.\n'
        'The price decrease follows an investigation by the European Commission due to Apple '
        'charging customers in the UK up to 10% more than in other EU countries.\n'
        'According to The Register, Apple will be demanding that the record labels lower their '
        'prices in the UK in respect to this forced price cut.\n'
        "The European Commission welcomed Apple's announcement and in a reaction to the news "
        'European Commissioner for Competition Neelie Kroes said ``the Commission is very much in '
        'favour of solutions which allow consumers to benefit from a truly Single Market for music '
        "downloads.''"
    ),
    'geovirus:geovirus-123': (
        'The non-governmental aid organisation Médecins Sans Frontières (MSF), or Doctors Without '
        'Borders, warned of a humanitarian crisis developing in the eastern region of Chad in '
        'central Africa, issued a press release Friday. Chad, which shares part of its eastern '
        'border with Sudan, has been the recipient of refugees fleeing conflict in the Darfur '
        'region of Sudan. In addition to the estimated 234,000 Sudanese refugees it manages, Chad '
        'now has an estimated 150,000 internally displaced persons, or IDPs, fleeing from attacks '
        'on villages in the eastern region where the government of Chad has been fighting an '
        'insurgency, which it claims was supported in the past by Sudan. The Chadian IDPs are set '
        'up in rudimentary camps, lacking basic necessities such as food, water and proper '
        "shelter. According to a May, 2007 report by MSF's research and epidemiological survey "
        'centre, 20 percent of children in camps near Goz Beida were suffering from acute '
        'malnutrition and "catastrophic" mortality rates. MSF complained of obstacles encountered '
        'in their effort to provide medical assistance to the needy. "In Goz Beida, the IDPs '
        'receive three to eight litres of water per person per day, whereas they should have 20 '
        'litres," said Franck Joncret, MSF Head of Mission in Chad. Approximately 100 children are '
        'receiving treatment for malnutrition, while MSF estimated the number of acutely '
        'malnourished children to be greater than 2,000. "This policy of rationed aid for IDPs is '
        'unacceptable," complained Joncret. In April, the United Nations Office for the '
        'Coordination of Humanitarian Affairs (OCHA) initiated a three month intervention for the '
        'Chadian camps, which MSF described as "inadequate". MSF also complained that they have '
        'not been given approval to open a paediatric hospital in Goz Beida to help deal with the '
        'malnutrition. In the near term, MSF anticipated an increase in malaria and epidemic '
        'diarrhoeal diseases along with an dramatic increase in malnutrition cases. To help avert '
        'a humanitarian crisis, MSF pleaded for increased hospital capacity, a safe water supply '
        'for the camps, and the cooperation necessary to deal with malnutrition. "It is imperative '
        'that the emergency in eastern Chad be fully recognised, that aid organisations provide '
        'massive, immediate aid to the IDPs and that the Chadian authorities facilitate '
        'humanitarian aid," said Isabelle Defourny, manager of MSF programmes in Chad.'
    ),
    'geovirus:geovirus-192': (
        'Since last reported, the flooding in Pakistan has spread and has now struck more than '
        'four million people. The UN reports it has left at least 1,600 people dead. The floods '
        'have been confirmed as the worst in eighty years. Heavy monsoon rains led to the flooding '
        'of the huge Indus River, destroying homes in the north of the country and causing a large '
        'amount of damage in the north-west frontier province of Khyber Pakhtunkhwa. Manuel '
        'Bessler of the United Nations said: "What we are facing now is a major catastrophe. We '
        'are afraid it will get worse.” Army and government forces have rushed to evacuate '
        'hundreds of thousands of people from parts of the Punjab province of Pakistan, where the '
        'disaster spread to yesterday, and from Sindh province, where the flood is expected to '
        'reach by the weekend. The flooding is now in its second week and the situation is '
        'unlikely to improve any time soon, especially since in many parts of the country there is '
        'still torrential rain, with more forecast. In other parts of Pakistan the water has '
        'receded, but this leaves a layer of mud and slime and this covers very large areas. For '
        'those affected by the floods, disease is the biggest problem now. The insanitary '
        'conditions have already caused diarrhoea and respiratory infections. Cholera and other '
        'water-borne diseases may appear if sanitary conditions for those displaced by the '
        'calamity are not established. Medical supplies are desperately needed for doctors to keep '
        'a pandemic or epidemic of a water-borne disease from infecting the victims of the '
        'flooding. Many foreign governments and aid agencies are contributing to the disaster '
        'relief effort. The U.S. Army has been flying relief missions, airlifting people from '
        'areas where they are stranded. The first mission involved four U.S. Chinook helicopters '
        'landing in the tourist town of Kalam in the Swat Valley, north-west Pakistan. The resort '
        'had been cut off for more than a week, according to a reporter there. The Chinooks flew '
        'hundreds of people to safer areas lower down. A U.S. Embassy spokesperson said that 800 '
        'people had been evacuated and relief goods had been distributed. The U.S. government '
        'pledged 10 million dollars in assistance following the first reports of the disaster. '
        'Yesterday the country promised a further 25 million dollars in aid.'
    ),
    'geovirus:geovirus-217': (
        'A man accused of driving under the influence of alcohol stuffed his mouth full of feces '
        'in a failed attempt to foil the police breathalyzer. The man was arrested Sunday by South '
        'Simcoe Police after his pickup truck was pulled over on Ontario Provincial Highway 11 in '
        'Stroud, Ontario, Canada. On the way to the police station for testing, the 59-year-old '
        'vomited, urinated, and defecated in the police cruiser. Sgt. James Buchanan said that '
        'upon arriving at the station, the prisoner grabbed a handful of his own waste "and placed '
        'it in his mouth, attempting to trick the breathalyzer machine". Nevertheless, the man '
        'registered two readings of more than twice the legal blood alcohol limit of 80 milligrams '
        'of alcohol in 100 millilitres of blood in his system. He was charged with impaired '
        'driving and driving over the limit and was released on a promise to appear in a Bradford, '
        'Ontario court on May 12.'
    ),
}


def RA(id_, outlet, published, source, sentence, events, note=None):
    """A real article: its text from ``TEXTS``, its title the headline line or,
    for a text with no headline, the first sentence (ending in ``sentence``),
    as ``needles.with_title`` gives it."""
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


NYPD = ("police", "USA", "COP")
GRAY = ("Kimani Gray", "USA", "CVL")

# --- Kimani Gray, East Flatbush, March 2013: four outlets ---------------------------
# The shooting: Saturday 9 March 2013; the first riot: Monday 11 March; the
# second unruly night: Wednesday 13 March.
SAT, MON, WED = d("2013-03-09"), d("2013-03-11"), d("2013-03-13")

RA("01", "New York Daily News", "2013-03-11", 'ecbplus:19_5ecbplus', None, [
    E("Riot breaks out", "Riot", "PROTEST", "riot", None, None, MON, "Brooklyn", cl="bk-riot-mon"),
    E("candlelight vigil for 16", "vigil", "PROTEST", "demo", None, None, MON, None, cl="bk-vigil-mon"),
    E("16 - year - old shot by cops", "shot", "ASSAULT", "firearms", ("cops", "USA", "COP"),
      ("16 - year - old", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("fatally wounded by police Saturday", "wounded", "ASSAULT", "firearms", NYPD,
      ("Kimani 'Kiki' Gray", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("allegedly pointing a gun", "pointing", "THREATEN", "violence",
      (("who", "Gray, who"), "USA", "CVL"), (("their", "in their direction"), "USA", "COP"), SAT, None,
      mod="threatened", cl="bk-gun"),
    E("mourners clashed with cops", "clashed", "PROTEST", "riot",
      ("nearly 100 angry mourners", "USA", "CVL"), ("cops", "USA", "COP"), MON, None, cl="bk-riot-mon"),
    E("teenager shot and killed by police", "shot", "ASSAULT", "firearms", NYPD,
      ("a Brooklyn teenager", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("fueled a riot", "riot", "PROTEST", "riot", None, None, MON, "East Flatbush", cl="bk-riot-mon"),
    E("car windows were smashed", "smashed", "PROTEST", "vandalize", None, None, MON,
      "East Flatbush", cl="bk-vandal-mon"),
    E("bottle bashed over", "bashed", "ASSAULT", "beat", None, ("a pharmacy customer", "USA", "CVL"),
      MON, "East Flatbush", cl="bk-bottle-mon"),
    E("followed a protest march", "march", "PROTEST", "demo", None, None, MON, None, cl="bk-march-mon"),
    E("grew out of a candlelight vigil", "vigil", "PROTEST", "demo", None, None, MON, None,
      cl="bk-vigil-mon"),
    E("killed by police bullets on Saturday", "killed", "ASSAULT", "firearms", ("police", "USA", "COP"),
      ("Kimani (Kiki) Gray", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("In the aftermath of the riot", "riot", "PROTEST", "riot", None, None, MON, None, cl="bk-riot-mon"),
    E("called for Police Commissioner", "called for", "REQUEST", "meet",
      ("City Councilman Jumaane Williams", "USA", "GOV"),
      ("Police Commissioner Raymond Kelly and Mayor Bloomberg", "USA", "GOV"), None, None,
      mod="demanded"),
    E("The vigil for Kimani was held", "vigil", "PROTEST", "demo", None, None, MON,
      P(("E. 52nd St. and Tilden Ave.", 1), "East Flatbush"), cl="bk-vigil-mon"),
    E("the location of the shooting", "shooting", "ASSAULT", "firearms", None, None, SAT,
      P(("E. 52nd St. and Tilden Ave.", 1), "East Flatbush"), cl="bk-shoot"),
    E("family contests police allegations", "contests", "REJECT", None,
      ("the boy ’ s family", "USA", "CVL"), ("police", "USA", "COP"), None, None),
    E("to march the more than 20 blocks", "march", "PROTEST", "demo", ("nearly 100 people", "USA", "CVL"),
      None, MON, None, cl="bk-march-mon"),
    E("wild confrontation between", "confrontation", "PROTEST", "riot", ("furious marchers", "USA", "CVL"),
      ("cops", "USA", "COP"), MON, None, speaker="police sources and witnesses", mod="reported",
      cl="bk-riot-mon"),
    E("began to smash car and store windows", "smash", "PROTEST", "vandalize", ("a faction", "USA", "CVL"),
      None, MON, None, speaker="police sources and witnesses", mod="reported", cl="bk-vandal-mon"),
])

RA("02", "New York Daily News", "2013-03-13", 'ecbplus:19_4ecbplus', None, [
    E("Brooklyn riot over", "riot", "PROTEST", "riot", None, None, None, "Brooklyn", cl="bk-riot-mon"),
    E("16 - year - old shot by cops", "shot", "ASSAULT", "firearms", ("cops", "USA", "COP"),
      ("16 - year - old", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("the fatal police shooting of", "shooting", "ASSAULT", "firearms", ("police", "USA", "COP"),
      ("Kimani (Kiki) Gray", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("Gray had pointed", "pointed", "THREATEN", "violence", ("Gray", "USA", "CVL"), ("the cops", "USA", "COP"),
      SAT, None, speaker=("Police Commissioner Raymond Kelly", 1), mod="threatened", cl="bk-gun"),
    E("before they opened fire", "opened fire", "ASSAULT", "firearms", (("they", "before they opened"), "USA", "COP"), None, SAT, None,
      speaker=("Police Commissioner Raymond Kelly", 1), mod="reported", cl="bk-shoot"),
    E("after the Saturday shooting", "shooting", "ASSAULT", "firearms", None, None, SAT, None,
      speaker="King", mod="reported", cl="bk-shoot"),
])

RA("03", "Business Insider", "2013-03-14", 'ecbplus:19_1ecbplus', None, [
    E("After Teen Killed By Police", "Killed", "ASSAULT", "firearms", ("Police", "USA", "COP"),
      ("Teen", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("officers fatally shot", "shot", "ASSAULT", "firearms", ("two plainclothes police officers", "USA", "COP"),
      ("16 - year - old Kimani Gray", "USA", "CVL"), SAT, "East Flatbush", cl="bk-shoot"),
    E("allegedly pointed a revolver", "pointed", "THREATEN", "violence", (("he", "after he allegedly"), "USA", "CVL"),
      (("them", "revolver at them"), "USA", "COP"), SAT, "East Flatbush", mod="threatened", cl="bk-gun"),
    E("were marching toward", "marching", "PROTEST", "demo", ("a group of about 130 people", "USA", "CVL"),
      None, MON, None, cl="bk-march-mon"),
    E("trashed a Rite Aid", "trashed", "PROTEST", "vandalize", ("about two dozen young protesters", "USA", "CVL"),
      ("a Rite Aid", "USA", "BUS"), MON, None, cl="bk-riteaid"),
    E("crowd became unruly", "unruly", "PROTEST", "riot", ("part of the 200 person crowd", "USA", "CVL"),
      None, WED, None, cl="bk-riot-wed"),
    E("speak at a vigil", "vigil", "PROTEST", "demo", None, None, WED, None, cl="bk-vigil-wed"),
    E("Protesters began throwing", "throwing", "PROTEST", "riot", ("Protesters", "USA", "CVL"), None, WED, None,
      cl="bk-riot-wed"),
    E("cops began pepper", "pepper - spraying", "ASSAULT", "crowd-control", ("cops", "USA", "COP"), None, WED,
      None, cl="bk-spray-wed"),
    E("spraying and arresting", "arresting", "COERCE", "arrest", ("cops", "USA", "COP"), None, WED, None,
      cl="bk-arrest-wed"),
    E("had been hit with bricks", "hit", "ASSAULT", None, None, ("an officer", "USA", "COP"), WED, None,
      cl="bk-brick-wed"),
    E("46 people had been arrested", "arrested", "COERCE", "arrest", None, ("46 people", "USA", "CVL"), WED,
      None, cl="bk-arrest-wed"),
])

RA("04", "Daily Mail", "2013-03-12", 'ecbplus:19_8ecbplus', None, [
    E("100 teenagers 'riot'", "riot", "PROTEST", "riot", ("100 teenagers", "USA", "CVL"), None, MON, "Brooklyn",
      cl="bk-riot-mon"),
    E("following vigil of", "vigil", "PROTEST", "demo", None, None, MON, None, cl="bk-vigil-mon"),
    E("who was shot dead by NYPD", "shot dead", "ASSAULT", "firearms", ("NYPD plainclothes cops", "USA", "COP"),
      ("16 - year - old", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("officers shot and killed a 16", "shot", "ASSAULT", "firearms",
      ("Two plainclothes NYPD officers", "USA", "COP"), ("a 16 - year - old Brooklyn resident", "USA", "CVL"),
      SAT, None, cl="bk-shoot"),
    E("he pointed a gun at officers", "pointed", "THREATEN", "violence", (("he", "say he pointed"), "USA", "CVL"),
      (("officers", "gun at officers"), "USA", "COP"), SAT, None, speaker="police", mod="threatened", cl="bk-gun"),
    E("aimed a. 357", "aimed", "THREATEN", "violence", (("he", "say he turned"), "USA", "CVL"),
      (("them", "turned on them"), "USA", "COP"), SAT, None, speaker="cops", mod="threatened", cl="bk-gun"),
    E("Peaceful protest for Kimani", "protest", "PROTEST", "demo", None, None, MON, None, cl="bk-march-mon"),
    E("100 people rioted", "rioted", "PROTEST", "riot", ("100 people", "USA", "CVL"), None, MON, None,
      cl="bk-riot-mon"),
    E("An orderly protest over", "protest", "PROTEST", "demo", None, None, MON, None, cl="bk-march-mon"),
    E("turned into a riot in Brooklyn", "riot", "PROTEST", "riot", None, None, MON, "Brooklyn", cl="bk-riot-mon"),
    E("threw bottles and other debris", "threw", "PROTEST", "riot", (("Between 60 and 100 rioters", 1), "USA", "CVL"),
      ("police", "USA", "COP"), MON, "East Flatbush", speaker="witnesses", mod="reported", cl="bk-riot-mon"),
    E("following a vigil for Kimani Gray, 16", "vigil", "PROTEST", "demo", None, None, MON, None,
      cl="bk-vigil-mon"),
    E("who was shot dead by two", "shot dead", "ASSAULT", "firearms", ("two plainclothes officers", "USA", "COP"),
      ("who", "USA", "CVL"), SAT, None, cl="bk-shoot"),
    E("One person has been arrested", "arrested", "COERCE", "arrest", None, ("One person", "USA", "CVL"), MON,
      None, cl="bk-arrest-mon"),
    E("They were lashing out", "lashing out", "PROTEST", "riot", ("They", "USA", "CVL"), ("the NYPD", "USA", "COP"),
      MON, None, cl="bk-riot-mon"),
    E("disorderly group throwing", "throwing", "PROTEST", "riot", ("large disorderly group", "USA", "CVL"),
      ("police", "USA", "COP"), MON, None, speaker="An NYPD spokesperson", mod="reported", cl="bk-riot-mon"),
    E("being dispersed by police", "dispersed", "ASSAULT", "crowd-control", ("police", "USA", "COP"),
      ("the crowd", "USA", "CVL"), MON, None, speaker="They", mod="reported", cl="bk-disperse-mon"),
    E("middle of the riot action", "riot", "PROTEST", "riot", None, None, MON, None,
      speaker="New York City Councilman Jumaane D. Williams", mod="reported", cl="bk-riot-mon"),
    E("cans had been overturned", "overturned", "PROTEST", "vandalize", None, None, MON, None,
      speaker="Mr Williams", mod="reported", cl="bk-cans-mon"),
    E("people smashed out windows", "smashed", "PROTEST", "vandalize", ("people", "USA", "CVL"), None, MON, None,
      speaker="Mr Williams", mod="reported", cl="bk-vandal-mon"),
    E("had been attacked outside", "attacked", "ASSAULT", None, None, ("one person", "USA", "CVL"), MON, None,
      speaker="He", mod="reported", cl="bk-bottle-mon"),
    E("was a peaceful vigil", "vigil", "PROTEST", "demo", None, None, MON, None, speaker="he", mod="reported",
      cl="bk-vigil-mon"),
    E("devolved into a riot", "riot", "PROTEST", "riot", None, None, MON, None, speaker="he", mod="reported",
      cl="bk-riot-mon"),
], note="Printed 02:31 GMT, 12 March 2013; its 'tonight' is the evening of Monday 11 March in New York (Batch i: a time stamp in another zone does not move the night).")

# --- Athens, 5 May 2010 --------------------------------------------------------------
ATH = d("2010-05-05")
RA("05", "libcom.org", "2010-05-05", 'ecbplus:8_6ecbplus', None, [
    E("as general strike march", "strike", "PROTEST", "strike", None, None, ATH, None, cl="ath-strike"),
    E("turns into a battle", "battle", "PROTEST", "riot", None, None, ATH, "Athens", cl="ath-riot"),
    E("ongoing battles between", "battles", "PROTEST", "riot", ("anti - measure protesters", "GRC", "CVL"),
      ("police", "GRC", "COP"), ATH, "Athens", cl="ath-riot"),
    E("The Athens protest march", "march", "PROTEST", "demo", None, None, ATH, "Athens", cl="ath-march"),
    E("zenith of the general strike", "strike", "PROTEST", "strike", None, None, ATH, None, cl="ath-strike"),
    E("the media participation", "participation", "PROTEST", "strike", ("the media", "GRC", "MED"), None, ATH,
      None, cl="ath-strike"),
    E("lines of the main march", "march", "PROTEST", "demo", None, None, ATH, P("the Parliament", "Athens"),
      cl="ath-march"),
    E("the first clashes erupting", "clashes", "PROTEST", "riot", None, None, ATH,
      P("Stadiou street", "Athens"), cl="ath-riot"),
    E("leading the Presidential Guard to retreat", "retreat", "RETREAT", "withdraw",
      ("the Presidential Guard", "GRC", "MIL"), None, ATH, P("the Unknown Soldier grounds", "Athens")),
    E("attempted to storm the Parliament", "storm", "PROTEST", "riot", ("The march", "GRC", "CVL"),
      ("the Parliament", "GRC", "LEG"), ATH, P("the Parliament", "Athens"), cl="ath-storm"),
    E("was pushed back by riot police", "pushed back", "ASSAULT", "crowd-control",
      ("riot police forces", "GRC", "COP"), (("The march", "The march then"), "GRC", "CVL"), ATH,
      P("the Parliament", "Athens"), cl="ath-pushback"),
    E("Soon battles erupted", "battles", "PROTEST", "riot", None, None, ATH, P("the Parliament", "Athens"),
      cl="ath-riot"),
    E("armored van torched", "torched", "PROTEST", "riot", None, ("one riot police armored van", "GRC", "COP"),
      ATH, P("the Parliament", "Athens"), cl="ath-van"),
    E("extended use of tear gas", "use", "ASSAULT", "crowd-control", ("the police", "GRC", "COP"), None, ATH,
      P("the Parliament", "Athens"), cl="ath-teargas"),
    E("the battles spread across", "battles", "PROTEST", "riot", None, None, ATH, P("the city center", "Athens"),
      cl="ath-riot"),
    E("During the clashes several", "clashes", "PROTEST", "riot", None, None, ATH, None, cl="ath-riot"),
    E("were set ablaze", "set ablaze", "PROTEST", "riot", None, ("several state buildings", "GRC", "GOV"), ATH,
      None, cl="ath-buildings"),
])

# --- INS Sukanya, 10 November 2011 ---------------------------------------------------
NOV10 = d("2011-11-10")
SOM_PIR = (None, "UAF")
RA("06", "Free Republic", "2011-11-15", 'ecbplus:12_6ecbplus', None, [
    E("Indian Naval Ship Interdicts", "Interdicts", "COERCE", "arrest", ("Indian Naval Ship", "IND", "MIL"),
      ("Three Pirate Vessels", *SOM_PIR), NOV10, None, cl="pir-intercept"),
    E("thwarting a multiple", "thwarting", "COERCE", None, ("Indian Naval Ship Sukanya", "IND", "MIL"), None,
      NOV10, "Gulf of Aden", cl="pir-foil"),
    E("boat piracy attack", "attack", "ASSAULT", None, None, None, NOV10, "Gulf of Aden", cl="pir-attack"),
    E("and challenged them", "challenged", "COERCE", None, ("The warship", "IND", "MIL"), ("them", *SOM_PIR),
      NOV10, None, cl="pir-foil"),
    E("reversed course", "reversed course", "RETREAT", None, ("the pirate skiffs", *SOM_PIR), None, NOV10, None,
      cl="pir-retreat"),
    E("successfully intercepted", "intercepted", "COERCE", "arrest", ("the Sukanya", "IND", "MIL"),
      ("the remaining three", *SOM_PIR), NOV10, None, cl="pir-intercept"),
    E("executed boarding", "boarding", "COERCE", "seize", ("the Sukanya", "IND", "MIL"), None, NOV10, None,
      cl="pir-board"),
    E("were found and confiscated", "confiscated", "COERCE", "seize", None, None, NOV10, None,
      cl="pir-confiscate"),
    E("in foiling the pirates", "foiling", "COERCE", None, ("Sukanya", "IND", "MIL"), None, NOV10, None,
      cl="pir-foil"),
    E("intention of attacking", "attacking", "ASSAULT", None, ("the pirates", *SOM_PIR),
      ("merchant vessels", None, "BUS"), None, None, mod="future", cl="pir-attack"),
    E("fifth successful anti - piracy operation", "operation", "COERCE", None, ("Sukanya", "IND", "MIL"), None,
      NOV10, None, cl="pir-foil"),
], note="Posted 15 November 2011; the operation is dated in the text (10 Nov 11).")

# --- Troy, Michigan, Monday 9 April 2007: four outlets ------------------------------
APR9, APR11 = d("2007-04-09"), d("2007-04-11")
LAC = ("LaCalamita", "USA", "CVL")
RA("07", "CNN", "2007-04-10", 'ecbplus:18_1ecbplus', None, [
    E("office shooting kills 1", "kills", "ASSAULT", "firearms", None, None, APR9, "Michigan",
      speaker="Sheriff", mod="reported", cl="troy-shoot"),
    E("shot to death one person", "shot to death", "ASSAULT", "firearms", ("A Michigan man", "USA", "CVL"),
      ("one person", "USA", "CVL"), APR9, P("the suburban Detroit accounting firm", "Troy"),
      speaker="police", mod="reported", cl="troy-shoot"),
    E("Police attempted to stop", "stop", "COERCE", None, ("Police", "USA", "COP"), ("the vehicle", "USA", "CVL"),
      APR9, None, speaker="Pickell", mod="reported", cl="troy-chase"),
    E("would not pull over", "pull over", "REJECT", "yield", LAC, None, APR9, None, speaker="Pickell",
      mod="reported", cl="troy-refuse"),
    E("surrendering only after", "surrendering", "RETREAT", None, (("LaCalamita", "LaCalamita drove"), "USA", "CVL"),
      ("authorities", "USA", "COP"), APR9, "Saginaw", cl="troy-surrender"),
    E("authorities boxed in", "boxed in", "COERCE", "restrict", ("authorities", "USA", "COP"),
      ("his car", "USA", "CVL"), APR9, "Saginaw", cl="troy-boxin"),
    E("He surrendered", "surrendered", "RETREAT", None, ("He", "USA", "CVL"), None, APR9, None,
      speaker="Pickell", mod="reported", cl="troy-surrender"),
    E("Upon arrest", "arrest", "COERCE", "arrest", None, None, APR9, None, cl="troy-arrest"),
    E("police seized a shotgun", "seized", "COERCE", "seize", ("police", "USA", "COP"), None, APR9, None,
      speaker=("he", ", he said.\nLaCalamita is"), mod="reported", cl="troy-seize"),
    E("is being held in the Genesee", "held", "COERCE", "arrest", None, LAC, APR9, None, cl="troy-arrest"),
])

RA("08", "USA Today", "2007-04-09", 'ecbplus:18_2ecbplus', None, [
    E("in Mich. office shooting", "shooting", "ASSAULT", "firearms", None, None, APR9, P("Mich.", "Michigan"),
      cl="troy-shoot"),
    E("suspected of shooting three", "shooting", "ASSAULT", "firearms", ("A man", "USA", "CVL"),
      ("three people", "USA", "CVL"), APR9, None, speaker="authorities", mod="reported", cl="troy-shoot"),
    E("was arrested a few hours later", "arrested", "COERCE", "arrest", None, ("A man", "USA", "CVL"), APR9, None,
      speaker="authorities", mod="reported", cl="troy-arrest"),
    E("Monday morning attack", "attack", "ASSAULT", "firearms", None, None, APR9, None, cl="troy-shoot"),
    E("state police chased him", "chased", "COERCE", None, ("Sheriff's deputies and state police", "USA", "COP"),
      ("him", "USA", "CVL"), APR9, None, speaker="Genesee County Undersheriff James Gage", mod="reported",
      cl="troy-chase"),
    E("he finally pulled over", "pulled over", "RETREAT", None, (("he", "before he finally"), "USA", "CVL"), None,
      APR9, None, speaker="Genesee County Undersheriff James Gage", mod="reported", cl="troy-surrender"),
    E("going to be shot", "shot", "ASSAULT", "firearms", None, (("he", "he was going"), "USA", "CVL"), None, None,
      speaker="Gage", mod="hypothetical"),
])

RA("09", "MSNBC", "2007-04-10", 'ecbplus:18_5ecbplus', None, [
    E("Gunman kills 1", "kills", "ASSAULT", "firearms", ("Gunman", "USA", "CVL"), None, APR9, None,
      cl="troy-shoot"),
    E("shot and killed a woman", "shot", "ASSAULT", "firearms", ("An accounting firm employee", "USA", "CVL"),
      ("a woman", "USA", "CVL"), APR9, P("the suburban Detroit building", "Troy"), speaker="police",
      mod="reported", cl="troy-shoot"),
    E("high - speed chase, police said", "chase", "COERCE", None, ("officers", "USA", "COP"), None, APR9, None,
      speaker="police", mod="reported", cl="troy-chase"),
    E("Hours after the shooting", "shooting", "ASSAULT", "firearms", None, None, APR9, None, speaker="officials",
      mod="reported", cl="troy-shoot"),
    E("30 - mile pursuit", "pursuit", "COERCE", None, None, None, APR9, None, speaker="officials",
      mod="reported", cl="troy-chase"),
    E("officers surrounded him", "surrounded", "COERCE", "restrict", ("officers", "USA", "COP"),
      ("him", "USA", "CVL"), APR9, None, speaker="Genesee County Sheriff Robert J. Pickell", mod="reported",
      cl="troy-boxin"),
])

RA("10", "USA Today", "2007-04-11", 'ecbplus:18_7ecbplus', None, [
    E("accountant charged with murder", "charged", "ACCUSE", "allege", None, (("Mich. accountant", 1), "USA", "CVL"),
      APR11, None, cl="troy-charge"),
    E("in office shootings", "shootings", "ASSAULT", "firearms", None, None, APR9, None, cl="troy-shoot"),
    E("in a shotgun attack", "attack", "ASSAULT", "firearms", None, ("two former bosses", "USA", "CVL"), APR9,
      None, cl="troy-shoot"),
    E("was arraigned Wednesday", "arraigned", "ACCUSE", "allege", None, ("A fired accountant", "USA", "CVL"),
      APR11, None, cl="troy-charge"),
    E("had been arrested following", "arrested", "COERCE", "arrest", None, ("Anthony LaCalamita III", "USA", "CVL"),
      APR9, None, cl="troy-arrest"),
    E("high - speed chase a few hours", "chase", "COERCE", None, None, None, APR9, None, cl="troy-chase"),
    E("the Monday morning shootings", "shootings", "ASSAULT", "firearms", None, None, APR9, None, cl="troy-shoot"),
    E("During his arraignment", "arraignment", "ACCUSE", "allege", None, ("his", "USA", "CVL"), APR11, None,
      cl="troy-charge"),
    E("shot him in the hip", ("shot", "shot him"), "ASSAULT", "firearms", (("LaCalamita", "told police LaCalamita"), "USA", "CVL"),
      (("him", "shot him"), "USA", "CVL"), APR9, None, speaker="Steinberg, a partner in the firm",
      relays=["police"], mod="reported", cl="troy-shoot"),
    E("fatally shot her", "shot", "ASSAULT", "firearms", ("the gunman", "USA", "CVL"), ("her", "USA", "CVL"), APR9,
      None, speaker="Whiteside", mod="reported", cl="troy-shoot"),
    E("then fired at Riva", "fired", "ASSAULT", "firearms", ("LaCalamita", "USA", "CVL"), ("Riva", "USA", "CVL"),
      APR9, None, speaker=("Whiteside", "building, Whiteside"), mod="reported", cl="troy-shoot"),
])

# --- Woodburn bank bombing, Friday 12 December 2008: two outlets --------------------
DEC12 = d("2008-12-12")
RA("11", "Statesman Journal", "2008-12-13", 'ecbplus:8_3ecb', "at a Woodburn bank.", [
    E("after a bomb exploded", "exploded", "ASSAULT", "explosives", None, ("a Woodburn bank", "USA", "BUS"), DEC12,
      "Woodburn", cl="wb-bomb"),
    E("The explosion happened", "explosion", "ASSAULT", "explosives", None, None, DEC12,
      P("the West Coast Bank", "Woodburn"), speaker="Marion County deputies", mod="reported", cl="wb-bomb"),
    E("scene investigating a report", "investigating", "ACCUSE", "investigate", ("Officers", "USA", "COP"), None,
      DEC12, None, cl="wb-inv"),
    E("when the explosion occurred", "explosion", "ASSAULT", "explosives", None, None, DEC12, None, cl="wb-bomb"),
    E("were killed in the blast", "killed", "ASSAULT", "explosives", None,
      (("Woodburn Police Department Capt. Tom Tennant and Oregon State Police bomb technician Bill Hakim", 1),
       "USA", "COP"), DEC12, None, cl="wb-bomb"),
    E("a threatening phone call", "threatening", "THREATEN", "violence", ("an unknown person", None, None),
      ("a Woodburn-area Wells Fargo Bank", "USA", "BUS"), DEC12, "Woodburn", mod="threatened", cl="wb-threat"),
    E("while police investigated", "investigated", "ACCUSE", "investigate", ("police", "USA", "COP"), None, DEC12,
      None, cl="wb-inv"),
    E("The investigation led", "investigation", "ACCUSE", "investigate", None, None, DEC12, None, cl="wb-inv"),
    E("after the suspicious phone call", "call", "THREATEN", "violence", None, None, DEC12, None,
      speaker="State police", mod="threatened", cl="wb-threat"),
    E("a suspicious device detonated", "detonated", "ASSAULT", "explosives", None, None, DEC12, None, cl="wb-bomb"),
    E("did detonate", "detonate", "ASSAULT", "explosives", None, None, DEC12, None, cl="wb-bomb"),
], note="Printed no date; 'late Friday' is 12 December 2008 (the story), so published is the next day (approximate).")

RA("12", "The Oregonian", "2008-12-13", 'ecbplus:8_7ecb', None, [
    E("Bomb explodes at Woodburn bank", "explodes", "ASSAULT", "explosives", None, ("Woodburn bank", "USA", "BUS"),
      DEC12, "Woodburn", cl="wb-bomb"),
    E("A bomb exploded Friday", "exploded", "ASSAULT", "explosives", None,
      ("a West Coast Bank branch", "USA", "BUS"), DEC12, "Woodburn", cl="wb-bomb"),
    E("The bomb detonated", "detonated", "ASSAULT", "explosives", None, None, DEC12, None, cl="wb-bomb"),
], note="Printed no date; 'Friday' is 12 December 2008 and 'this morning' the next day (approximate).")

# --- Brian Nichols sentenced, Saturday 13 December 2008: two outlets -----------------
DEC13 = d("2008-12-13")
NICHOLS = ("Brian Nichols", "USA", "CVL")
RA("13", "Digital Journal", "2008-12-13", 'ecbplus:3_8ecb', "without the possibility for parole sentence today.", [
    E("handed Brian Nichols today", "handed", "SANCTION", "convict", ("A Georgia judge", "USA", "JUD"), NICHOLS,
      DEC13, None, cl="nic-sentence"),
    E("He was convicted of killing", "convicted", "SANCTION", "convict", None, ("He", "USA", "CVL"), None, None,
      cl="nic-convict"),
    E("killing four people", "killing", "ASSAULT", "firearms", ("He", "USA", "CVL"), ("four people", "USA", "CVL"),
      wk("2005-W10", True), None, cl="nic-four"),
    E("A court officer was also killed", "killed", "ASSAULT", "firearms", None, ("A court officer", "USA", "COP"),
      d("2005-03-11", True), None, cl="nic-court"),
    E("giving you the maximum", "giving", "SANCTION", "convict", ("I", "USA", "JUD"), ("you", "USA", "CVL"), DEC13,
      None, speaker="Superior Court Judge James Bodiford", mod="reported", cl="nic-sentence"),
    E("where the killing occurred", "killing", "ASSAULT", "firearms", None, None, d("2005-03-11", True), None,
      speaker="Superior Court Judge James Bodiford", mod="reported", cl="nic-court"),
    E("If I could give you more", "give", "SANCTION", "convict", (("I", "I could give you more"), "USA", "JUD"), ("you", "USA", "CVL"), None,
      None, speaker=("Superior Court Judge James Bodiford", "maximum"), mod="hypothetical", cl="nic-more"),
    E("was on trial for rape", "trial", "ACCUSE", "allege", None, ("Nichols", "USA", "CVL"), d("2005-03-11", True),
      None),
    E("he overpowered a guard", "overpowered", "ASSAULT", None, (("he", "2005 he"), "USA", "CVL"), ("a guard", "USA", "COP"),
      d("2005-03-11", True), None, cl="nic-guard"),
    E("seized her weapon", "seized", "COERCE", "seize", (("he", "2005 he"), "USA", "CVL"), ("her", "USA", "COP"),
      d("2005-03-11", True), None, cl="nic-gun"),
    E("killing in the court room", "killing", "ASSAULT", "firearms", (("he", "2005 he"), "USA", "CVL"),
      ("Judge Rowland Barnes and the court reporter Julie Ann Brandau", "USA", "JUD"), d("2005-03-11", True),
      None, cl="nic-court"),
    E("he also was convicted", "convicted", "SANCTION", "convict", None, ("he", "USA", "CVL"), None, None,
      cl="nic-convict"),
    E("killing Sgt. Hoyt Teasley", "killing", "ASSAULT", "firearms", ("he", "USA", "CVL"),
      ("Sgt. Hoyt Teasley", "USA", "COP"), d("2005-03-11", True), None, cl="nic-court"),
    E("killing the next day", "killing", "ASSAULT", "firearms", (("he", "he also was"), "USA", "CVL"),
      ("off-duty U.S. Customs Agent David Wilhelm", "USA", "GOV"), d("2005-03-12", True),
      None, cl="nic-wilhelm"),
    E("and I am sorry", "sorry", "CONCEDE", None, (("I", "I am sorry"), "USA", "CVL"), None, DEC13, None,
      speaker="Nichols", mod="reported", cl="nic-sorry"),
    E("had offered to plead guilty", "offered", "AGREE", None, ("Nichols", "USA", "CVL"),
      ("prosecutors", "USA", "JUD"), None, None, cl="nic-offer"),
    E("prosecutors had refused", "refused", "REJECT", None, ("prosecutors", "USA", "JUD"), ("Nichols", "USA", "CVL"),
      None, None, cl="nic-refuse"),
])

RA("14", "Associated Press", "2008-12-13", 'ecbplus:3_9ecb', "failed to return a death sentence.", [
    E("A judge on Saturday sentenced", "sentenced", "SANCTION", "convict", ("A judge", "USA", "JUD"),
      ("the man", "USA", "CVL"), DEC13, None, cl="nic-sentence"),
    E("who killed four people", "killed", "ASSAULT", "firearms", ("who", "USA", "CVL"), ("four people", "USA", "CVL"),
      mo("2005-03", True), None, cl="nic-four"),
    E("failed to return a death sentence", "failed", "SANCTION", "convict", ("a deadlocked jury", "USA", "JUD"),
      None, None, None, mod="negated", cl="nic-death"),
    E("was found guilty last month", "found guilty", "SANCTION", "convict", None, NICHOLS, mo("2008-11", True), None,
      cl="nic-convict"),
    E("the March 2005 rampage", "rampage", "ASSAULT", "firearms", None, None, mo("2005-03", True), None,
      cl="nic-four"),
    E("ended with his capture", "capture", "COERCE", "arrest", None, ("his", "USA", "CVL"), mo("2005-03", True),
      None, cl="nic-capture"),
    E("handed down the maximum", "handed down", "SANCTION", "convict",
      ("Superior Court Judge James Bodiford", "USA", "JUD"), ("He", "USA", "CVL"), DEC13, None, cl="nic-sentence"),
    E("If there was any more", "give", "SANCTION", "convict", (("I", "I could give you, I would"), "USA", "JUD"), ("you", "USA", "CVL"), None,
      None, speaker="the judge", mod="hypothetical", cl="nic-more"),
    E("Nichols was spared", "spared", "SANCTION", "convict", None, ("Nichols", "USA", "CVL"), None, None,
      mod="negated", cl="nic-death"),
    E("for the murders of a judge", "murders", "ASSAULT", "firearms", None,
      ("a judge, a court reporter, a deputy and a federal agent", "USA", None), mo("2005-03", True), None,
      cl="nic-four"),
    E("carried out the killings", "killings", "ASSAULT", "firearms", (("he", "argued he"), "USA", "CVL"), None,
      mo("2005-03", True), None, cl="nic-four"),
    E("things I've done caused a lot of pain and I'm sorry", "sorry", "CONCEDE", None,
      (("I", "and I'm sorry"), "USA", "CVL"), None, DEC13, None, speaker=("he", "I'm sorry,'' he"),
      mod="reported", cl="nic-sorry"),
    E("The sentence caps", "sentence", "SANCTION", "convict", None, None, DEC13, None, cl="nic-sentence"),
    E("since his arrest", "arrest", "COERCE", "arrest", None, ("his", "USA", "CVL"), mo("2005-03", True), None,
      cl="nic-capture"),
    E("The rampage prompted", "rampage", "ASSAULT", "firearms", None, None, mo("2005-03", True), None,
      cl="nic-four"),
    E("who turned down an offer", "turned down", "REJECT", None, ("who", "USA", "JUD"),
      ("Nichols ' attorneys", "USA", None), None, None, cl="nic-refuse"),
    E("an offer from Nichols", "offer", "AGREE", None, ("Nichols ' attorneys", "USA", None),
      ("prosecutors", "USA", "JUD"), None, None, cl="nic-offer"),
])

# --- Deputy Jerry Ortiz, Hawaiian Gardens, Friday 24 June 2005 -----------------------
JUN24 = d("2005-06-24")
RA("15", "LASPA", "2005-06-24", 'ecbplus:16_4ecbplus', "according to the sheriff's department.", [
    E("died after a shooting Friday", "shooting", "ASSAULT", "firearms", None,
      ("A Los Angeles County Sheriff's Department deputy", "USA", "COP"), JUN24, "Hawaiian Gardens",
      speaker="the sheriff's department", mod="reported", cl="ort-shoot"),
    E("Gunfire was reported", "Gunfire", "ASSAULT", "firearms", None, None, JUN24, "Hawaiian Gardens",
      speaker="sheriff's officials", mod="reported", cl="ort-shoot"),
    E("to report the shooting", "shooting", "ASSAULT", "firearms", None, None, JUN24, None, speaker="Authorities",
      relays=["the sheriff's department"], mod="reported", cl="ort-shoot"),
    E("Ortiz was shot in the head", "shot", "ASSAULT", "firearms", None, ("Ortiz", "USA", "COP"), JUN24, None,
      speaker="Larry Waldie of the sheriff's department", mod="reported", cl="ort-shoot"),
    E("still searching for", "searching", "MOBILIZE", "police", ("authorities", "USA", "COP"),
      ("Jose Luis Orozco", "USA", "CVL"), JUN24, None, cl="ort-search"),
    E("a second deputy was shot", "shot", "ASSAULT", "firearms", None, ("a second deputy", "USA", "COP"), JUN24,
      None, speaker="Sheriff's department officials", mod="reported", cl="ort-second"),
    E("not caused by gunfire", "gunfire", "ASSAULT", "firearms", None, ("the responding deputy", "USA", "COP"),
      JUN24, None, speaker="authorities", mod="negated", cl="ort-second"),
    E("A SWAT unit was dispatched", "dispatched", "MOBILIZE", "police", None, None, JUN24, None, cl="ort-swat"),
    E("taken into custody", "taken into custody", "COERCE", "arrest", None, None, None, None,
      speaker="Authorities", mod="negated"),
], note="The page prints no date; its 'Friday afternoon' and '11 p. m.' put the text on Friday 24 June 2005, the day of the shooting (the story); the later UPDATE lines are cut.")

# --- Kraft plant shooting, Thursday 9 September 2010: three outlets ------------------
SEP9 = d("2010-09-09")
HILLER = ("Yvonne Hiller", "USA", "CVL")
RA("16", "CBS Philly", "2010-09-10", 'ecbplus:22_8ecbplus', None, [
    E("Wounded in Shooting", "Shooting", "ASSAULT", "firearms", None, None, SEP9, P("NE Phila.", "Philadelphia"),
      cl="kr-shoot"),
    E("two people have been killed", "killed", "ASSAULT", "firearms", None, ("two people", "USA", "CVL"), SEP9,
      P("Northeast Philadelphia", "Philadelphia"), speaker="Police", mod="reported", cl="kr-shoot"),
    E("is in police custody", "custody", "COERCE", "arrest", None, ("The alleged shooter", "USA", "CVL"), SEP9,
      None, cl="kr-arrest"),
    E("reports that the shooting took place", "shooting", "ASSAULT", "firearms", None, None, SEP9, None,
      speaker="KYW ’ s Pat Loeb", mod="reported", cl="kr-shoot"),
    E("she shot and killed there", "shot", "ASSAULT", "firearms", ("she", "USA", "CVL"), ("Two", "USA", "CVL"), SEP9,
      None, speaker=("Police commissioner Charles Ramsey", 1), mod="reported", cl="kr-shoot"),
    E("A third was also shot", "shot", "ASSAULT", "firearms", None, ("A third", "USA", "CVL"), SEP9, None,
      speaker=("Police commissioner Charles Ramsey", 1), mod="reported", cl="kr-shoot"),
    E("Officers responded to 911", "responded", "MOBILIZE", "police", ("Officers", "USA", "COP"), None, SEP9, None,
      cl="kr-respond"),
    E("able to free them", "free", "AID", None, (("they", "cops say they"), "USA", "COP"),
      (("them", "free them"), "USA", "CVL"), SEP9, None, speaker="cops", mod="reported", cl="kr-free"),
    E("disarm the woman", "disarm", "COERCE", "seize", (("they", "cops say they"), "USA", "COP"),
      ("the woman", "USA", "CVL"), SEP9, None, speaker="cops", mod="reported", cl="kr-disarm"),
    E("take her into custody", "take her into custody", "COERCE", "arrest", (("they", "cops say they"), "USA", "COP"),
      None, SEP9, None, speaker="cops", mod="reported", cl="kr-arrest"),
])

RA("17", "Huffington Post", "2010-09-10", 'ecbplus:22_12ecbplus', None, [
    E("Kraft Shooting:", "Shooting", "ASSAULT", "firearms", None, None, SEP9, None, cl="kr-shoot"),
    E("Hiller Charged With", "Charged", "ACCUSE", "allege", None, HILLER, None, None, cl="kr-charge"),
    E("executed two of them", "executed", "ASSAULT", "firearms", ("A Kraft Foods plant worker", "USA", "CVL"),
      ("two of them", "USA", "CVL"), SEP9, None, speaker="police", mod="reported", cl="kr-shoot"),
    E("force her way past", "force", "THREATEN", "violence", (("she", "she went to her vehicle"), "USA", "CVL"),
      ("security guards", "USA", "BUS"), SEP9, None, mod="threatened", cl="kr-force"),
    E("She then opened fire", "opened fire", "ASSAULT", "firearms", ("She", "USA", "CVL"),
      ("the others", "USA", "CVL"), SEP9, None, speaker="Philadelphia Homicide Capt. James Clark", mod="reported",
      cl="kr-shoot"),
    E("fired shots at the supervisor", "fired", "ASSAULT", "firearms", ("Hiller", "USA", "CVL"),
      ("the supervisor", "USA", "CVL"), SEP9, None, speaker=("police", "whereabouts, police"), mod="reported", cl="kr-misses"),
    E("called police to tell them", "called", "CONCEDE", None, ("Hiller", "USA", "CVL"), ("police", "USA", "COP"),
      SEP9, None, speaker="authorities", mod="reported", cl="kr-confess"),
    E("that Hiller called 911", "called", "CONCEDE", None, ("Hiller", "USA", "CVL"), None, SEP9, None,
      speaker=("Cpl. Janice Leader, a 911 dispatcher", 1), mod="reported", cl="kr-confess"),
    E("she told Hiller to put the gun down", "told", "REQUEST", "yield", (("she", "said she told"), "USA", "COP"),
      ("Hiller", "USA", "CVL"), SEP9, None, speaker="Leader", mod="demanded", cl="kr-order"),
])

RA("18", "Philadelphia Daily News", "2010-12-08", 'ecbplus:22_9ecbplus', None, [
    E("Murder trial ordered", "ordered", "ACCUSE", "allege", None, ("woman", "USA", "CVL"), d("2010-12-07"), None,
      cl="kh-trial"),
    E("in Kraft plant shootings", "shootings", "ASSAULT", "firearms", None, None, mo("2010-09", True), None,
      cl="kr-shoot"),
    E("went on a shooting rampage", "rampage", "ASSAULT", "firearms", ("she", "USA", "CVL"), None,
      mo("2010-09", True), P("Northeast Philadelphia", "Philadelphia"), speaker="Hiller",
      relays=["homicide detectives"], mod="reported", cl="kr-shoot"),
    E("Hiller admitted", "admitted", "CONCEDE", None, ("Hiller", "USA", "CVL"), None, None, None, cl="kh-admit"),
    E("admitted killing two coworkers", "killing", "ASSAULT", "firearms", ("Hiller", "USA", "CVL"),
      ("two coworkers", "USA", "CVL"), mo("2010-09", True), None, speaker="Hiller", mod="reported", cl="kr-shoot"),
    E("hours after the shootings", "shootings", "ASSAULT", "firearms", None, None, mo("2010-09", True), None,
      speaker="Homicide Detective Dominic Mangoni", mod="reported", cl="kr-shoot"),
    E("was ordered held", "held", "ACCUSE", "allege", None, ("Hiller", "USA", "CVL"), d("2010-12-07"), None,
      cl="kh-trial"),
], note="Printed 8 December 2010; the preliminary hearing was 'Tuesday', 7 December.")

# --- Endangered Species Act rules, December 2008 and April 2009 --------------------
RA("19", "Associated Press", "2008-12-11", 'ecbplus:9_4ecb', "to regulate emissions that contribute to global warming.", [
    E("Conservation groups sued", "sued", "ACCUSE", "allege", ("Conservation groups", "USA", "NGO"), None, None,
      None),
    E("Environmental groups panned them", "panned", "ACCUSE", "disapprove", ("Environmental groups", "USA", "NGO"),
      None, None, None),
    E("We will see them in court", "see them in court", "ACCUSE", "allege", ("We", "USA", "NGO"),
      ("them", "USA", "GOV"), None, None,
      speaker=("Andrew Wetzler, director of the Natural Resources Defense Council's endangered species program", 1),
      mod="future"),
], note="Printed no date; its 'on Thursday' is the day the rules were issued, 11 December 2008, and the copy is that day's (approximate).")

RA("20", "The Guardian", "2009-04-28", 'ecbplus:9_12ecbplus', None, [
    E("Environmentalists had accused Bush", "accused", "ACCUSE", "allege", ("Environmentalists", "USA", "NGO"),
      ("Bush", "USA", "GOV"), None, None),
    E("urging them to cancel", "urging", "REQUEST", "change", ("activists", "USA", "NGO"),
      ("officials in the Obama administration", "USA", "GOV"), None, None, mod="demanded"),
    E("criticised by some activists today", "criticised", "ACCUSE", "disapprove", ("some activists", "USA", "NGO"),
      None, d("2009-04-28"), None),
    E("he would ask the courts", "ask", "REQUEST", "change", (("he", "said he would"), "USA", "GOV"),
      ("the courts", "USA", "JUD"), None, None, speaker="The interior secretary", mod="demanded"),
])

RA("21", "BBC", "2008-12-14", 'ecbplus:11_8ecb', "a step towards democracy in the gas-rich Central Asian nation.", [
    E("vote is a sham", "sham", "ACCUSE", "disapprove", ("critics", None, None), None, None, None,
      speaker="critics", mod="reported"),
], note="Printed no date; the copy is of election day, Sunday 14 December 2008 (the story).")

RA("22", "MSNBC", "2005-12-19", 'ecbplus:26_3ecbplus', None, [
    E("July 1997 racketeering conviction", "conviction", "SANCTION", "convict", None, None, mo("1997-07", True), None,
      cl="gig-convict"),
    E("he finally admitted", "admitted", "CONCEDE", None, (("he", "he finally"), "USA", "UAF"), None,
      mo("2003-04", True), None, cl="gig-admit"),
    E("calmly pleaded guilty", "pleaded guilty", "CONCEDE", None, ("the man", "USA", "UAF"), None,
      mo("2003-04", True), None, cl="gig-admit"),
    E("Authorities charged", "charged", "ACCUSE", "allege", ("Authorities", "USA", "GOV"), None, None, None),
    E("that a jury agreed", "agreed", "SANCTION", "convict", ("a jury", "USA", "JUD"), None, yr("1997"), None,
      cl="gig-convict"),
    E("to concede his subterfuge", "concede", "CONCEDE", None, ("Gigante", "USA", "UAF"), None, yr("2003"), None,
      cl="gig-admit"),
    E("attempt to assassinate", "assassinate", "ASSAULT", "targeted", ("Gigante", "USA", "UAF"),
      ("then - boss Frank Costello", "USA", "UAF"), yr("1957"), None),
])

# --- MEANTIME: the European Commission and iTunes; the airtanker award -----------------
RA("23", "Wikinews", "2008-01-09", 'meantime:89284', None, [
    E("has forced Apple Inc.", "forced", "COERCE", None, ("The European Commission", None, "IGO"),
      ("Apple Inc.", "USA", "BUS"), None, None),
    E("The change in policy will occur", "change", "CONCEDE", None, None, None, None, None, speaker="Apple",
      mod="future"),
    E("follows an investigation by", "investigation", "ACCUSE", "investigate",
      ("the European Commission", None, "IGO"), None, None, None),
    E("welcomed Apple's announcement", "welcomed", "SUPPORT", None, ("The European Commission", None, "IGO"),
      ("Apple", "USA", "BUS"), None, None),
])

RA("24", "Wikinews", "2008-03-01", 'meantime:100911', None, [
    E("had been awarded based on", "awarded", "COOPERATE", None, None, None, None, None, speaker="USAF officials",
      mod="reported", cl="tk-award"),
    E("USAF also denied", "denied", "REJECT", None, ("USAF", "USA", "MIL"), None, None, None),
    E("possibility of Boeing challenging", "challenging", "ACCUSE", "allege", ("Boeing", "USA", "BUS"), None,
      None, None, mod="hypothetical", cl="tk-protest"),
    E("successfuly challenged by", "challenged", "ACCUSE", "allege", ("Lockheed and Sikorsky", "USA", "BUS"),
      ("Boeing themselves", "USA", "BUS"), yr("2006"), None),
    E("in a critical statement", "critical", "ACCUSE", "disapprove", ("Washington senator Patty Murray", "USA", "LEG"),
      ("the Air Force", "USA", "MIL"), None, None),
    E("the Air Force tapped", "tapped", "COOPERATE", None, ("the Air Force", "USA", "MIL"),
      ("a European company", None, "BUS"), None, None, speaker="Washington senator Patty Murray", mod="reported",
      cl="tk-award"),
    E("he too was ``shocked", "shocked", "ACCUSE", "disapprove", ("Washington representative Norm Dicks", "USA", "LEG"),
      None, None, None),
    E("decision to award the contract to Airbus", "award", "COOPERATE", None, None, ("Airbus", None, "BUS"), None,
      None, speaker=("Washington representative Norm Dicks", 1), mod="reported", cl="tk-award"),
    E("calling upon the Secretary of Defense", "calling upon", "REQUEST", None, ("I", "USA", "LEG"),
      ("the Secretary of Defense", "USA", "GOV"), None, None, speaker=("Kansas senator Sam Brownback", 1),
      mod="demanded"),
    E("a protest of the award by Boeing", "protest", "ACCUSE", "allege", ("Boeing", "USA", "BUS"), None, None, None,
      speaker=("Kansas senator Sam Brownback", 1), mod="future", cl="tk-protest"),
])

# --- GeoVirus --------------------------------------------------------------------------
RA("25", "Wikinews", "2007-06-08", 'geovirus:geovirus-123', "issued a press release Friday.", [
    E("supported in the past by Sudan", "supported", "AID", None, (("Sudan", "past by Sudan"), "SDN", "GOV"),
      ("which", "TCD", "REB"), None, None, speaker=("it", "which it claims"), mod="reported"),
    E("MSF complained of obstacles", "complained", "ACCUSE", "disapprove", ("MSF", None, "NGO"), None, None, None),
    E("effort to provide medical assistance", "assistance", "AID", None, ("their", None, "NGO"),
      ("the needy", "TCD", "REF"), None, None),
    E("complained Joncret", "complained", "ACCUSE", "disapprove", ("Joncret", None, "NGO"), None, None, None),
    E("initiated a three month intervention", "intervention", "AID", None,
      ("the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)", None, "IGO"),
      ("the Chadian camps", "TCD", "REF"), mo("2007-04", True), None),
    E("which MSF described as", "described", "ACCUSE", "disapprove", ("MSF", None, "NGO"),
      ("which", None, "IGO"), None, None),
    E("MSF also complained", "complained", "ACCUSE", "disapprove", ("MSF", None, "NGO"), None, None, None),
    E("have not been given approval", "given approval", "REJECT", "assist", None, ("they", None, "NGO"), None, None,
      speaker="MSF", mod="reported"),
    E("MSF pleaded for", "pleaded", "REQUEST", "assist", ("MSF", None, "NGO"), None, None, None, mod="demanded"),
    E("provide massive, immediate aid", ("aid", "immediate aid"), "AID", None, ("aid organisations", None, "NGO"),
      ("the IDPs", "TCD", "REF"), None, None,
      speaker="Isabelle Defourny, manager of MSF programmes in Chad", mod="demanded"),
    E("authorities facilitate humanitarian aid", "facilitate", "COOPERATE", None,
      ("the Chadian authorities", "TCD", "GOV"), None, None, None,
      speaker="Isabelle Defourny, manager of MSF programmes in Chad", mod="demanded"),
], note="GeoVirus prints no date; MSF's release on eastern Chad followed its May 2007 survey and OCHA's April intervention: June 2007, approximate (no gold date depends on the day).")

RA("26", "Wikinews", "2010-08-06", 'geovirus:geovirus-192', "has now struck more than four million people.", [
    E("are contributing to the disaster relief", "contributing", "AID", None,
      ("Many foreign governments and aid agencies", None, "GOV"), None, None, None),
    E("has been flying relief missions", "flying", "AID", None, ("The U.S. Army", "USA", "MIL"), None, None, None,
      cl="pk-usarmy"),
    E("The first mission involved", "mission", "AID", None, ("four U.S. Chinook helicopters", "USA", "MIL"), None,
      None, "Kalam", cl="pk-first"),
    E("The Chinooks flew", "flew", "AID", None, ("The Chinooks", "USA", "MIL"), ("hundreds of people", "PAK", "CVL"),
      None, None, cl="pk-first"),
    E("800 people had been evacuated", "evacuated", "AID", None, None, ("800 people", "PAK", "CVL"), None, None,
      speaker="A U.S. Embassy spokesperson", mod="reported"),
    E("relief goods had been distributed", "distributed", "AID", None, None, None, None, None,
      speaker="A U.S. Embassy spokesperson", mod="reported"),
    E("The U.S. government pledged", "pledged", "AGREE", None, ("The U.S. government", "USA", "GOV"), None, None,
      None),
    E("Yesterday the country promised", "promised", "AGREE", None, ("the country", "USA", "GOV"), None,
      d("2010-08-05"), None),
], note="GeoVirus prints no date; the floods' second week and the U.S. pledges put the text in early August 2010 (approximate; 'Yesterday' resolves against it).")

RA("27", "Wikinews", "2010-04-13", 'geovirus:geovirus-217', "in a failed attempt to foil the police breathalyzer.", [
    E("was arrested Sunday", "arrested", "COERCE", "arrest", ("South Simcoe Police", "CAN", "COP"),
      ("The man", "CAN", "CVL"), d("2010-04-11"), P("Stroud", "Stroud")),
    E("truck was pulled over", "pulled over", "COERCE", None, None, ("his pickup truck", "CAN", "CVL"),
      d("2010-04-11"), "Stroud"),
    E("He was charged with", "charged", "ACCUSE", "allege", None, ("He", "CAN", "CVL"), None, None),
    E("was released on a promise", "released", "RETREAT", "release", None, (("He", "He was charged"), "CAN", "CVL"),
      None, None),
], note="GeoVirus prints no date; 'arrested Sunday' and a court date of 12 May put the text in spring; the year is not known (approximate: Tuesday 13 April 2010, so 'Sunday' is 11 April).")

# ======================================================================================
# Own texts (CC BY 4.0, this project), agency styles.
# ======================================================================================

PLACES.update({
    'PRISTINA': (42.67, 21.17),  # Pristina, geonameid 786714
    'Zvecan': (42.91, 20.84),  # approximate point
    'Banjska': (42.97, 20.84),  # village near Zvecan, approximate point
    'Merdare': (42.95, 21.2),  # border crossing, approximate point
    'BELGRADE': (44.8, 20.47),  # Belgrade, geonameid 792680
    'Brussels': (50.85, 4.35),  # geonameid 2800866
    'Juba': (4.85, 31.58),  # geonameid 373303
    'Nasir': (8.6, 33.07),  # approximate point
    'Washington': (38.9, -77.04),  # geonameid 4140963
    'Goma': (-1.68, 29.23),  # geonameid 216281
    'Doha': (25.29, 51.53),  # geonameid 290030
    'ISLAMABAD': (33.72, 73.04),  # Islamabad, geonameid 1176615
    'Islamabad': (33.72, 73.04),
    'Pahalgam': (34.02, 75.31),  # approximate point
    'Balakot': (34.55, 73.35),  # approximate point
    'Pulwama': (33.87, 74.9),  # approximate point
    'Tbilisi': (41.69, 44.83),  # geonameid 611717
})

A("28", "Reuters", "2025-06-14",
  "Kosovo police shut Serb-run offices in north; Belgrade threatens to go to U.N.",
  "Kosovo police shut Serb-run offices in north; Belgrade threatens to go to U.N.\n"
  "PRISTINA, June 14 (Reuters) - Kosovo police on Friday closed five offices run by Serbia in the north of the "
  "country and detained two employees, the interior ministry said, in a move Belgrade condemned as an attack on "
  "the Serb community.\n"
  "Special police units entered the offices in Zvecan and Leposavic before dawn and seized documents and "
  "computers, Interior Minister Xhelal Svecla said in a post on Facebook. \"Parallel institutions have no place "
  "in the Republic of Kosovo,\" Svecla wrote.\n"
  "Serbian President Aleksandar Vucic accused Pristina of trying to drive Serbs out of the north and said "
  "Belgrade would ask the U.N. Security Council to hold an emergency session if the offices were not reopened "
  "by Monday, the state news agency Tanjug reported.\n"
  "Kosovo's government denied that any Serb had been mistreated during the operation and said the two "
  "employees had been released after questioning.\n"
  "NATO's KFOR peacekeeping mission urged both sides to show restraint and said its troops had increased "
  "patrols around Zvecan.\n"
  "Tensions in the north have flared repeatedly since September 24, 2023, when some 30 armed Serbs attacked "
  "Kosovo police in the village of Banjska, killing one officer. Kosovo accused Belgrade of backing the "
  "attackers, a charge Serbia rejects. A day later, police arrested a suspect at the Merdare border crossing.",
  [
    E("Kosovo police shut", "shut", "COERCE", "restrict", ("Kosovo police", "XKX", "COP"),
      ("Serb-run offices", "SRB", "GOV"), d("2025-06-13"), None, cl="ks-close"),
    E("Belgrade threatens", "threatens", "THREATEN", None, ("Belgrade", "SRB", "GOV"), None, None, None,
      mod="threatened", cl="ks-un"),
    E("on Friday closed five offices", "closed", "COERCE", "restrict", ("Kosovo police", "XKX", "COP"),
      ("five offices run by Serbia", "SRB", "GOV"), d("2025-06-13"), None, speaker="the interior ministry",
      mod="reported", cl="ks-close"),
    E("detained two employees", "detained", "COERCE", "arrest", ("Kosovo police", "XKX", "COP"),
      ("two employees", "SRB", "GOV"), d("2025-06-13"), None, speaker="the interior ministry",
      mod="reported", cl="ks-detain"),
    E("Belgrade condemned", "condemned", "ACCUSE", "disapprove", ("Belgrade", "SRB", "GOV"), None, None, None),
    E("units entered the offices", "entered", "COERCE", None, ("Special police units", "XKX", "COP"),
      ("the offices", "SRB", "GOV"), d("2025-06-13"), "Zvecan",
      speaker="Interior Minister Xhelal Svecla", relays=["Facebook"], mod="reported", cl="ks-close"),
    E("seized documents", "seized", "COERCE", "seize", ("Special police units", "XKX", "COP"), None,
      d("2025-06-13"), "Zvecan", speaker="Interior Minister Xhelal Svecla", relays=["Facebook"],
      mod="reported", cl="ks-seize"),
    E("Vucic accused Pristina", "accused", "ACCUSE", "allege", ("Serbian President Aleksandar Vucic", "SRB", "GOV"),
      ("Pristina", "XKX", "GOV"), None, None, relays=["the state news agency Tanjug"]),
    E("trying to drive Serbs out", "drive", "COERCE", "deport", ("Pristina", "XKX", "GOV"),
      ("Serbs", "XKX", "CVL"), None, None, speaker="Serbian President Aleksandar Vucic",
      relays=["the state news agency Tanjug"], mod="reported"),
    E("would ask the U.N. Security Council", "ask", "REQUEST", "meet", ("Belgrade", "SRB", "GOV"),
      ("the U.N. Security Council", None, "IGO"), None, None, speaker="Serbian President Aleksandar Vucic",
      relays=["the state news agency Tanjug"], mod="demanded", cl="ks-un"),
    E("were not reopened by Monday", "reopened", "CONCEDE", None, None, None, d("2025-06-16"), None,
      speaker="Serbian President Aleksandar Vucic", relays=["the state news agency Tanjug"],
      mod="hypothetical", cl="ks-reopen"),
    E("any Serb had been mistreated", "mistreated", "ASSAULT", None, None, ("any Serb", "XKX", "CVL"),
      d("2025-06-13"), None, speaker="Kosovo's government", mod="denied"),
    E("employees had been released", "released", "RETREAT", "release", None, ("the two employees", "SRB", "GOV"),
      None, None, speaker="Kosovo's government", mod="reported", cl="ks-release"),
    E("urged both sides to show restraint", "urged", "REQUEST", None,
      ("NATO's KFOR peacekeeping mission", None, "IGO"), ("both sides", None, "GOV"), None, None,
      mod="demanded"),
    E("had increased patrols", "patrols", "MOBILIZE", "troops", ("its troops", None, "IGO"), None, None, "Zvecan",
      speaker="NATO's KFOR peacekeeping mission", mod="reported"),
    E("armed Serbs attacked", "attacked", "ASSAULT", None, ("some 30 armed Serbs", None, "UAF"),
      ("Kosovo police", "XKX", "COP"), d("2023-09-24", True), "Banjska", cl="ks-banjska"),
    E("Kosovo accused Belgrade", "accused", "ACCUSE", "allege", ("Kosovo", "XKX", "GOV"),
      ("Belgrade", "SRB", "GOV"), None, None),
    E("a charge Serbia rejects", "rejects", "REJECT", None, ("Serbia", "SRB", "GOV"), None, None, None),
    E("police arrested a suspect", "arrested", "COERCE", "arrest", ("police", "XKX", "COP"),
      ("a suspect", None, "UAF"), d("2023-09-25", True), "Merdare"),
])

A("29", "AFP", "2025-06-15",
  "Serbia gives Kosovo until Monday to reopen offices, warns of 'consequences'",
  "Serbia gives Kosovo until Monday to reopen offices, warns of 'consequences'\n"
  "BELGRADE, June 15 (AFP) - Serbia on Sunday gave Kosovo until Monday to reopen five Serbian-run offices that "
  "Kosovo police closed on Friday, warning that Pristina would \"bear full responsibility for the "
  "consequences\" if it refused.\n"
  "\"If the offices are not reopened, we will go to the Security Council and we will not sit at any table in "
  "Brussels,\" President Aleksandar Vucic told the pro-government Informer daily.\n"
  "Vucic also said Belgrade would stop cooperating with the EU-led dialogue on normalising relations until the "
  "two detained employees were cleared of all charges, according to a transcript published by the presidency.\n"
  "Pristina rejected the ultimatum. \"Kosovo does not take orders from Belgrade,\" Prime Minister Albin Kurti "
  "said in a statement on X.\n"
  "Hundreds of Serbs protested in the northern town of Zvecan on Saturday, blocking the main road to Mitrovica "
  "for several hours, local media reported. Kosovo police said no one had been arrested.\n"
  "The European Union urged Kosovo to \"avoid unilateral steps\" and called on Serbia to return to the "
  "dialogue.\n"
  "Relations have been strained since February 2008, when Kosovo declared independence. Serbia has never "
  "recognised it, and in 2013 the two sides signed the Brussels Agreement on normalising relations.",
  [
    E("Serbia gives Kosovo", "gives", "REQUEST", None, ("Serbia", "SRB", "GOV"), ("Kosovo", "XKX", "GOV"),
      d("2025-06-15"), None, mod="demanded", cl="ks-ultimatum"),
    E("warns of 'consequences'", "warns", "THREATEN", None, ("Serbia", "SRB", "GOV"), None, d("2025-06-15"), None,
      mod="threatened", cl="ks-consequences"),
    E("Serbia on Sunday gave", "gave", "REQUEST", None, ("Serbia", "SRB", "GOV"), ("Kosovo", "XKX", "GOV"),
      d("2025-06-15"), P("BELGRADE", "BELGRADE"), mod="demanded", cl="ks-ultimatum"),
    E("police closed on Friday", "closed", "COERCE", "restrict", ("Kosovo police", "XKX", "COP"),
      ("five Serbian-run offices", "SRB", "GOV"), d("2025-06-13"), None, cl="ks-close"),
    E("warning that Pristina", "warning", "THREATEN", None, (("Serbia", "Serbia on Sunday"), "SRB", "GOV"),
      ("Pristina", "XKX", "GOV"), d("2025-06-15"), P("BELGRADE", "BELGRADE"), mod="threatened",
      cl="ks-consequences"),
    E("if it refused", "refused", "REJECT", None, (("it", "if it refused"), "XKX", "GOV"), None, None, None,
      speaker=("Serbia", "Serbia on Sunday"), mod="hypothetical"),
    E("we will go to the Security Council", "go", "REQUEST", "meet", ("we", "SRB", "GOV"),
      ("the Security Council", None, "IGO"), None, None, speaker="President Aleksandar Vucic",
      relays=["the pro-government Informer daily"], mod="demanded", cl="ks-un"),
    E("If the offices are not reopened", "reopened", "CONCEDE", None, None, None, None, None,
      speaker="President Aleksandar Vucic", relays=["the pro-government Informer daily"], mod="hypothetical",
      cl="ks-reopen"),
    E("will not sit at any table", "sit", "CONSULT", None, (("we", "and we will not"), "SRB", "GOV"), None, None,
      "Brussels", speaker="President Aleksandar Vucic", relays=["the pro-government Informer daily"],
      mod="negated"),
    E("would stop cooperating", "stop cooperating", "REJECT", "meet", ("Belgrade", "SRB", "GOV"), None, None,
      None, speaker="Vucic", relays=["a transcript"], mod="future"),
    E("Pristina rejected the ultimatum", "rejected", "REJECT", None, ("Pristina", "XKX", "GOV"), None, None, None),
    E("Serbs protested in the northern town", "protested", "PROTEST", "demo", ("Hundreds of Serbs", "XKX", "CVL"),
      None, d("2025-06-14"), "Zvecan", speaker="local media", mod="reported", cl="ks-protest"),
    E("blocking the main road", "blocking", "PROTEST", "obstruct", ("Hundreds of Serbs", "XKX", "CVL"), None,
      d("2025-06-14"), "Zvecan", speaker="local media", mod="reported", cl="ks-block"),
    E("no one had been arrested", "arrested", "COERCE", "arrest", None, None, d("2025-06-14"), None,
      speaker="Kosovo police", mod="negated"),
    E("urged Kosovo to", "urged", "REQUEST", None, ("The European Union", None, "IGO"), ("Kosovo", "XKX", "GOV"),
      None, None, mod="demanded"),
    E("called on Serbia to return", "called on", "REQUEST", "meet", ("The European Union", None, "IGO"),
      ("Serbia", "SRB", "GOV"), None, None, mod="demanded"),
    E("Kosovo declared independence", "declared independence", "REJECT", None, ("Kosovo", "XKX", "GOV"), None,
      mo("2008-02", True), None),
    E("Serbia has never recognised it", "recognised", "SUPPORT", None, ("Serbia", "SRB", "GOV"),
      ("it", "XKX", "GOV"), None, None, mod="negated"),
    E("the two sides signed", "signed", "SUPPORT", None, ("the two sides", None, "GOV"), None, yr("2013"), None),
])

A("30", "Associated Press", "2025-03-27",
  "South Sudan's first vice president placed under house arrest, party says",
  "South Sudan's first vice president placed under house arrest, party says\n"
  "JUBA, South Sudan (AP) - South Sudan's First Vice President Riek Machar was placed under house arrest late "
  "Wednesday after armed forces led by the defence minister entered his residence in the capital, his party "
  "said, in a move that threatens to unravel a fragile peace deal.\n"
  "Reath Muoch Tang, an official of Machar's SPLM-IO party, said in a statement posted on Facebook that the "
  "detention \"abrogates\" the 2018 peace agreement that ended a five-year civil war. Soldiers disarmed Machar's "
  "bodyguards, he said.\n"
  "Government spokesman Michael Makuei denied that Machar had been arrested, telling the state broadcaster "
  "SSBC that security forces had only been deployed \"to protect\" the vice president.\n"
  "The arrest followed clashes this month in Nasir, in Upper Nile state, where the White Army militia overran an "
  "army base on March 4. The government accuses Machar of directing the militia, a charge his party denies.\n"
  "The United Nations mission in South Sudan urged the country's leaders to \"step back from the brink\".\n"
  "The SPLM-IO warned that it would withdraw from the unity government if Machar was not freed within 72 hours.\n"
  "Fighting between forces loyal to Kiir and Machar erupted in Juba in December 2013, two years after "
  "independence, and again in July 2016, when government troops attacked Machar's base in the capital.",
  [
    E("placed under house arrest, party says", "placed under house arrest", "COERCE", "arrest", None,
      ("South Sudan's first vice president", "SSD", "GOV"), d("2025-03-26"), None, speaker="party",
      mod="reported", cl="ss-arrest"),
    E("was placed under house arrest late", "placed under house arrest", "COERCE", "arrest", None,
      ("South Sudan's First Vice President Riek Machar", "SSD", "GOV"), d("2025-03-26"),
      P("the capital", "Juba"), speaker="his party", mod="reported", cl="ss-arrest"),
    E("entered his residence", "entered", "COERCE", None,
      ("armed forces led by the defence minister", "SSD", "MIL"), ("his residence", "SSD", "GOV"),
      d("2025-03-26"), P("the capital", "Juba"), speaker="his party", mod="reported", cl="ss-enter"),
    E("detention \"abrogates\"", "detention", "COERCE", "arrest", None, None, d("2025-03-26"), None,
      speaker="Reath Muoch Tang, an official of Machar's SPLM-IO party", relays=["Facebook"], mod="reported",
      cl="ss-arrest"),
    E("\"abrogates\" the 2018", "abrogates", "ACCUSE", "disapprove",
      ("Reath Muoch Tang, an official of Machar's SPLM-IO party", "SSD", "OPP"), None, None, None,
      speaker="Reath Muoch Tang, an official of Machar's SPLM-IO party", relays=["Facebook"], mod="reported"),
    E("Soldiers disarmed", "disarmed", "COERCE", "seize", ("Soldiers", "SSD", "MIL"),
      ("Machar's bodyguards", "SSD", "MIL"), d("2025-03-26"), None, speaker=("he", "bodyguards, he"),
      mod="reported", cl="ss-disarm"),
    E("denied that Machar had been arrested", "arrested", "COERCE", "arrest", None, ("Machar", "SSD", "GOV"),
      d("2025-03-26"), None, speaker="Government spokesman Michael Makuei",
      relays=["the state broadcaster SSBC"], mod="denied", cl="ss-arrest"),
    E("had only been deployed", "deployed", "MOBILIZE", "troops", ("security forces", "SSD", "MIL"), None,
      d("2025-03-26"), None, speaker="Government spokesman Michael Makuei",
      relays=["the state broadcaster SSBC"], mod="reported", cl="ss-enter"),
    E("The arrest followed", "arrest", "COERCE", "arrest", None, None, d("2025-03-26"), None, cl="ss-arrest"),
    E("followed clashes this month", "clashes", "ASSAULT", None, None, None, mo("2025-03"), "Nasir",
      cl="ss-nasir"),
    E("militia overran", "overran", "ASSAULT", None, ("the White Army militia", "SSD", "UAF"),
      ("an army base", "SSD", "MIL"), d("2025-03-04", True), "Nasir", cl="ss-base"),
    E("The government accuses Machar", "accuses", "ACCUSE", "allege", ("The government", "SSD", "GOV"),
      ("Machar", "SSD", "GOV"), None, None),
    E("a charge his party denies", "denies", "REJECT", None, ("his party", "SSD", "OPP"), None, None, None),
    E("urged the country's leaders", "urged", "REQUEST", None,
      ("The United Nations mission in South Sudan", None, "IGO"), ("the country's leaders", "SSD", "GOV"),
      None, None, mod="demanded"),
    E("The SPLM-IO warned", "warned", "THREATEN", "relations", ("The SPLM-IO", "SSD", "OPP"), None, None, None,
      mod="threatened"),
    E("Machar was not freed", "freed", "RETREAT", "release", None, ("Machar", "SSD", "GOV"), None, None,
      speaker="The SPLM-IO", mod="hypothetical"),
    E("Fighting between forces", "Fighting", "ASSAULT", None, ("forces loyal to Kiir", "SSD", "MIL"),
      (("Machar", "Kiir and Machar"), "SSD", "REB"), mo("2013-12", True), "Juba"),
    E("troops attacked Machar's base", "attacked", "ASSAULT", None, ("government troops", "SSD", "MIL"),
      ("Machar's base", "SSD", "REB"), mo("2016-07", True), P("the capital", "Juba")),
])

A("31", "Reuters", "2025-06-27",
  "Congo and Rwanda sign peace deal in Washington; M23 says it is not bound",
  "Congo and Rwanda sign peace deal in Washington; M23 says it is not bound\n"
  "WASHINGTON, June 27 (Reuters) - The foreign ministers of Democratic Republic of Congo and Rwanda signed a "
  "peace agreement in Washington on Friday, committing Rwanda to withdraw its troops from eastern Congo within "
  "90 days, according to a copy of the text seen by Reuters.\n"
  "Under the deal, Congo agreed to dismantle the FDLR, a militia founded by Hutu officials linked to the 1994 "
  "genocide, which Kigali considers a threat. Rwanda would lift its \"defensive measures\" once the FDLR had "
  "been neutralised, the text says.\n"
  "\"This is a day of hope,\" U.S. Secretary of State Marco Rubio said at the signing, adding that Washington "
  "would \"not hesitate\" to impose sanctions on any party that violated the agreement.\n"
  "The M23 rebel group, which seized Goma in January, said it was not bound by the accord. \"We were not at "
  "the table,\" spokesman Lawrence Kanyuka wrote on X, according to the Actualite.cd news site.\n"
  "Congo has long accused Rwanda of backing the M23 with troops and weapons, a charge Kigali denies. United "
  "Nations experts said in a report last year that 3,000 to 4,000 Rwandan soldiers were fighting alongside the "
  "rebels.\n"
  "Qatar, which hosted separate talks between Kinshasa and the M23 in Doha in April, welcomed the agreement.",
  [
    E("Congo and Rwanda sign peace deal", "sign", "SUPPORT", None, ("Congo", "COD", "GOV"), ("Rwanda", "RWA", "GOV"),
      d("2025-06-27"), "Washington", cl="cr-sign"),
    E("M23 says it is not bound", "not bound", "REJECT", None, ("it", "COD", "REB"), None, None, None,
      speaker="M23", mod="reported", cl="cr-m23"),
    E("signed a peace agreement", "signed", "SUPPORT", None, ("Democratic Republic of Congo", "COD", "GOV"),
      (("Rwanda", "Congo and Rwanda signed"), "RWA", "GOV"), d("2025-06-27"),
      P(("Washington", "agreement in Washington"), "Washington"), cl="cr-sign"),
    E("to withdraw its troops", "withdraw", "RETREAT", "withdraw", (("Rwanda", "committing Rwanda"), "RWA", "MIL"),
      None, None, None, speaker="a copy of the text", mod="future"),
    E("Congo agreed to dismantle", "agreed", "AGREE", None, ("Congo", "COD", "GOV"), None, d("2025-06-27"), None,
      cl="cr-agree"),
    E("would lift its", "lift", "CONCEDE", None, ("Rwanda", "RWA", "GOV"), None, None, None, speaker="the text",
      mod="conditional", cond="once the FDLR had been neutralised"),
    E("had been neutralised", "neutralised", "ASSAULT", None, None, ("the FDLR", "RWA", "REB"), None, None,
      speaker="the text", mod="hypothetical"),
    E("said at the signing", "signing", "SUPPORT", None, None, None, d("2025-06-27"), None, cl="cr-sign"),
    E("\"not hesitate\" to impose sanctions", "not hesitate", "THREATEN", None, ("Washington", "USA", "GOV"),
      ("any party", None, None), d("2025-06-27"), None, speaker="U.S. Secretary of State Marco Rubio",
      mod="threatened"),
    E("which seized Goma", "seized", "ASSAULT", None, ("which", "COD", "REB"), None, mo("2025-01", True), "Goma"),
    E("said it was not bound", "not bound", "REJECT", None, ("it", "COD", "REB"), None, None, None,
      speaker="The M23 rebel group", mod="reported", cl="cr-m23"),
    E("We were not at", "were not at the table", "CONSULT", None, ("We", "COD", "REB"), None, None, None,
      speaker="spokesman Lawrence Kanyuka", relays=["X", "the Actualite.cd news site"], mod="negated"),
    E("Congo has long accused Rwanda", "accused", "ACCUSE", "allege", ("Congo", "COD", "GOV"),
      ("Rwanda", "RWA", "GOV"), None, None),
    E("backing the M23 with troops", "backing", "AID", None, ("Rwanda", "RWA", "GOV"), ("the M23", "COD", "REB"),
      None, None, speaker="Kigali", mod="denied"),
    E("were fighting alongside", "fighting", "COOPERATE", None, ("3,000 to 4,000 Rwandan soldiers", "RWA", "MIL"),
      ("the rebels", "COD", "REB"), yr("2024"), None, speaker=("United Nations experts", 1), mod="reported"),
    E("hosted separate talks", "talks", "CONSULT", "third-party", ("which", "QAT", "GOV"),
      ("Kinshasa", "COD", "GOV"), mo("2025-04", True), "Doha"),
    E("welcomed the agreement", "welcomed", "SUPPORT", None, ("Qatar", "QAT", "GOV"), None, None, None),
])

A("32", "Anadolu Agency", "2025-04-24",
  "Pakistan suspends Simla pact, warns India any water diversion would be 'act of war'",
  "Pakistan suspends Simla pact, warns India any water diversion would be 'act of war'\n"
  "ISLAMABAD (AA) - Pakistan on Thursday suspended the 1972 Simla Agreement with India and closed its airspace "
  "to Indian airlines, a day after New Delhi put a key water-sharing treaty on hold following a deadly attack in "
  "Kashmir.\n"
  "Any attempt to stop or divert the flow of water belonging to Pakistan under the Indus Waters Treaty \"will be "
  "considered an act of war and responded to with full force\", the National Security Committee said in a "
  "statement carried by state broadcaster PTV.\n"
  "The committee also ordered the expulsion of Indian defence advisers from Islamabad and cut the staff of "
  "India's high commission to 30, PTV said. Officials said the airspace would reopen once New Delhi restored the "
  "water treaty.\n"
  "India on Wednesday blamed \"cross-border linkages\" for Tuesday's attack near Pahalgam, in which gunmen killed "
  "26 people, most of them tourists. Islamabad denied any role and Foreign Minister Ishaq Dar said Pakistan was "
  "ready to join a neutral investigation.\n"
  "Pakistan would respond \"in kind\" if India carried out any military strike, Defence Minister Khawaja Asif told "
  "Geo News.\n"
  "The two countries have fought three wars since independence in 1947. In February 2019, Indian jets struck "
  "what New Delhi said was a militant camp in Balakot, 12 days after a suicide bombing killed 40 Indian "
  "paramilitary police in Pulwama.",
  [
    E("Pakistan suspends Simla pact", "suspends", "SANCTION", "discontinue", ("Pakistan", "PAK", "GOV"), None,
      d("2025-04-24"), None, cl="ip-simla"),
    E("warns India", "warns", "THREATEN", "violence", ("Pakistan", "PAK", "GOV"), ("India", "IND", "GOV"), None,
      None, mod="threatened", cl="ip-warn"),
    E("any water diversion", "diversion", "COERCE", "withhold", None, None, None, None,
      speaker=("Pakistan", 1), mod="hypothetical", cl="ip-divert"),
    E("on Thursday suspended", "suspended", "SANCTION", "discontinue", ("Pakistan", "PAK", "GOV"),
      ("India", "IND", "GOV"), d("2025-04-24"), P("ISLAMABAD", "ISLAMABAD"), cl="ip-simla"),
    E("closed its airspace", "closed", "SANCTION", "discontinue", ("Pakistan", "PAK", "GOV"),
      ("Indian airlines", "IND", "BUS"), d("2025-04-24"), P("ISLAMABAD", "ISLAMABAD"), cl="ip-airspace"),
    E("put a key water-sharing treaty on hold", "put", "SANCTION", "discontinue", ("New Delhi", "IND", "GOV"), None,
      d("2025-04-23"), None, cl="ip-iwt"),
    E("following a deadly attack", "attack", "ASSAULT", None, None, None, d("2025-04-22"), None, cl="ip-attack"),
    E("stop or divert the flow", "divert", "COERCE", "withhold", None, None, None, None,
      speaker="the National Security Committee", relays=["state broadcaster PTV"], mod="hypothetical",
      cl="ip-divert"),
    E("responded to with full force", "responded", "THREATEN", "violence",
      ("the National Security Committee", "PAK", "GOV"), None, None, None,
      speaker="the National Security Committee", relays=["state broadcaster PTV"], mod="threatened",
      cl="ip-warn"),
    E("ordered the expulsion", "expulsion", "SANCTION", "expel", ("The committee", "PAK", "GOV"),
      ("Indian defence advisers", "IND", "MIL"), d("2025-04-24"), "Islamabad", speaker="PTV", mod="reported",
      cl="ip-expel"),
    E("cut the staff", "cut", "SANCTION", "expel", ("The committee", "PAK", "GOV"),
      ("India's high commission", "IND", "GOV"), d("2025-04-24"), "Islamabad", speaker="PTV", mod="reported",
      cl="ip-cut"),
    E("the airspace would reopen", "reopen", "CONCEDE", None, None, None, None, None, speaker="Officials",
      mod="conditional", cond="once New Delhi restored the water treaty"),
    E("New Delhi restored", "restored", "CONCEDE", None, ("New Delhi", "IND", "GOV"), None, None, None,
      speaker="Officials", mod="hypothetical"),
    E("India on Wednesday blamed", "blamed", "ACCUSE", "allege", ("India", "IND", "GOV"), None, d("2025-04-23"),
      None),
    E("Tuesday's attack near Pahalgam", "attack", "ASSAULT", None, None, None, d("2025-04-22"), "Pahalgam",
      cl="ip-attack"),
    E("Islamabad denied any role", "denied", "REJECT", None, ("Islamabad", "PAK", "GOV"), None, None, None),
    E("was ready to join", "ready", "AGREE", None, ("Pakistan", "PAK", "GOV"), None, None, None,
      speaker="Foreign Minister Ishaq Dar", mod="reported"),
    E("would respond \"in kind\"", "respond", "THREATEN", "violence", ("Pakistan", "PAK", "GOV"),
      ("India", "IND", "GOV"), None, None, speaker="Defence Minister Khawaja Asif", relays=["Geo News"],
      mod="threatened"),
    E("any military strike", "strike", "ASSAULT", None, ("India", "IND", "GOV"), None, None, None,
      speaker="Defence Minister Khawaja Asif", relays=["Geo News"], mod="hypothetical"),
    E("Indian jets struck", "struck", "ASSAULT", "aerial", ("Indian jets", "IND", "MIL"),
      ("a militant camp", None, "REB"), mo("2019-02", True), "Balakot", cl="ip-balakot"),
    E("a suicide bombing killed", "killed", "ASSAULT", "suicide-attack", None,
      ("40 Indian paramilitary police", "IND", "COP"), mo("2019-02", True), "Pulwama", cl="ip-pulwama"),
])

A("33", "Reuters", "2024-12-01",
  "Georgian police disperse protesters for third night; opposition says dozens beaten",
  "Georgian police disperse protesters for third night; opposition says dozens beaten\n"
  "TBILISI, Dec 1 (Reuters) - Georgian riot police used water cannon and tear gas early on Sunday to disperse "
  "thousands of protesters outside parliament in Tbilisi, the third night of demonstrations since the government "
  "suspended talks on joining the European Union.\n"
  "The interior ministry said 107 people had been detained and 32 police officers injured. Protesters threw "
  "fireworks and set fire to barricades on Rustaveli Avenue, the ministry said.\n"
  "Opposition leader Nika Gvaramia accused police of beating dozens of demonstrators who had already been "
  "detained, saying in a video posted on Facebook that the authorities were \"at war with their own people\". The "
  "ministry denied that detainees had been mistreated.\n"
  "Prime Minister Irakli Kobakhidze, speaking to the Imedi television channel, said the government would not "
  "negotiate with \"radical groups\" and warned that organisers of the violence \"will not escape "
  "responsibility\".\n"
  "The European Union would consider sanctions against officials responsible for the crackdown if the violence "
  "continued, EU foreign policy chief Kaja Kallas told reporters in Kyiv, according to the Interfax-Ukraine news "
  "agency.\n"
  "Georgia applied for EU membership in March 2022 and was granted candidate status in December 2023. Moscow "
  "recognised the breakaway regions of Abkhazia and South Ossetia in August 2008.",
  [
    E("Georgian police disperse", "disperse", "ASSAULT", "crowd-control", ("Georgian police", "GEO", "COP"),
      ("protesters", "GEO", "CVL"), d("2024-12-01"), None, cl="ge-disperse"),
    E("opposition says dozens beaten", "beaten", "ASSAULT", "beat", None, ("dozens", "GEO", "CVL"),
      d("2024-12-01"), None, speaker="opposition", mod="reported", cl="ge-beat"),
    E("riot police used water cannon", "used", "ASSAULT", "crowd-control", ("Georgian riot police", "GEO", "COP"),
      ("thousands of protesters", "GEO", "CVL"), d("2024-12-01"), "Tbilisi", cl="ge-disperse"),
    E("suspended talks on joining", "suspended", "REJECT", "meet", ("the government", "GEO", "GOV"),
      ("the European Union", None, "IGO"), None, None),
    E("107 people had been detained", "detained", "COERCE", "arrest", None, ("107 people", "GEO", "CVL"),
      d("2024-12-01"), P(("TBILISI", 1), "Tbilisi"), speaker="The interior ministry", mod="reported",
      cl="ge-detain"),
    E("Protesters threw", "threw", "PROTEST", "riot", ("Protesters", "GEO", "CVL"), None, d("2024-12-01"),
      P("Rustaveli Avenue", "Tbilisi"), speaker="the ministry", mod="reported", cl="ge-riot"),
    E("set fire to barricades", "set fire", "PROTEST", "riot", ("Protesters", "GEO", "CVL"), None,
      d("2024-12-01"), P("Rustaveli Avenue", "Tbilisi"), speaker="the ministry", mod="reported",
      cl="ge-barricades"),
    E("Gvaramia accused police", "accused", "ACCUSE", "allege", ("Opposition leader Nika Gvaramia", "GEO", "OPP"),
      ("police", "GEO", "COP"), None, None, relays=["Facebook"]),
    E("beating dozens of demonstrators", "beating", "ASSAULT", "beat", ("police", "GEO", "COP"),
      ("dozens of demonstrators", "GEO", "CVL"), d("2024-12-01"), None,
      speaker="Opposition leader Nika Gvaramia", relays=["Facebook"], mod="reported", cl="ge-beat"),
    E("detainees had been mistreated", "mistreated", "ASSAULT", "beat", None, ("detainees", "GEO", "CVL"),
      d("2024-12-01"), None, speaker="The ministry", mod="denied", cl="ge-beat"),
    E("would not negotiate", "negotiate", "CONSULT", None, ("the government", "GEO", "GOV"),
      ("radical groups", "GEO", "OPP"), None, None, speaker="Prime Minister Irakli Kobakhidze",
      relays=["the Imedi television channel"], mod="negated"),
    E("warned that organisers", "warned", "THREATEN", "arrest", ("Prime Minister Irakli Kobakhidze", "GEO", "GOV"),
      ("organisers of the violence", "GEO", "OPP"), None, None, relays=["the Imedi television channel"],
      mod="threatened"),
    E("would consider sanctions", "sanctions", "SANCTION", None, ("The European Union", None, "IGO"),
      ("officials", "GEO", "GOV"), None, None, speaker="EU foreign policy chief Kaja Kallas",
      relays=["the Interfax-Ukraine news agency"], mod="conditional",
      cond="if the violence continued"),
    E("responsible for the crackdown", "crackdown", "ASSAULT", "crowd-control", None, None, d("2024-12-01"), None,
      speaker="EU foreign policy chief Kaja Kallas",
      relays=["the Interfax-Ukraine news agency"], mod="reported",
      cl="ge-disperse"),
    E("Georgia applied for EU membership", "applied", "REQUEST", None, ("Georgia", "GEO", "GOV"),
      ("EU", None, "IGO"), mo("2022-03", True), None, mod="demanded"),
    E("was granted candidate status", "granted", "SUPPORT", None, None, ("Georgia", "GEO", "GOV"),
      mo("2023-12", True), None),
    E("Moscow recognised", "recognised", "SUPPORT", None, ("Moscow", "RUS", "GOV"),
      ("the breakaway regions of Abkhazia and South Ossetia", "GEO", "REB"), mo("2008-08", True), None),
])

PLACES.update({
    'BAMAKO': (12.65, -8.0),  # Bamako, geonameid 2460596
    'Tinzaouaten': (19.96, 2.96),  # approximate point
    'Mali': (17.0, -4.0),  # GeoNames country point
    'ALGIERS': (36.75, 3.04),  # Algiers, geonameid 2507480
    'GEORGETOWN': (6.8, -58.16),  # Georgetown, Guyana, geonameid 3378644
    'Maputo': (-25.97, 32.58),  # geonameid 1040652
    'Matola': (-25.96, 32.46),  # geonameid 1039854
    'Damascus': (33.51, 36.29),  # geonameid 170654
    'Sweida': (32.71, 36.57),  # as-Suwayda, geonameid 163345
    'Golan Heights': (33.0, 35.75),  # region, approximate point
    'East China Sea': (30.0, 125.0),  # sea, approximate point
    'NAIROBI': (-1.28, 36.82),  # Nairobi, geonameid 184745
    'Nairobi': (-1.28, 36.82),
    'Kitengela': (-1.47, 36.96),  # approximate point
})

ORTM = [("state television ORTM", 1)]
A("34", "AFP", "2025-04-07",
  "Mali recalls ambassador from Algeria after drone downing",
  "Mali recalls ambassador from Algeria after drone downing\n"
  "BAMAKO, April 7 (AFP) - Mali on Sunday recalled its ambassador from Algeria and closed its airspace to "
  "Algerian aircraft, accusing its neighbour of shooting down a Malian army drone near the border town of "
  "Tinzaouaten last week, the transitional government said in a statement read on state television ORTM.\n"
  "The drone was \"deliberately destroyed\" on the night of March 31 to April 1 over Malian territory, the "
  "statement said, calling the act a \"hostile action\".\n"
  "Mali would \"respond to any new aggression\" and would file a complaint with \"international bodies\", it "
  "said. The Alliance of Sahel States (AES), which groups Mali, Burkina Faso and Niger, said all three members "
  "would recall their envoys from Algiers.\n"
  "Algeria's defence ministry said on April 1 that its air defence had shot down a reconnaissance drone that "
  "had entered Algerian airspace by two kilometres. Algiers rejected the Malian accusations as \"baseless\".\n"
  "Relations have soured since January 2024, when Mali's junta ended a 2015 peace deal with Tuareg-led rebels "
  "that Algeria had brokered.",
  [
    E("Mali recalls ambassador", "recalls", "SANCTION", "withdraw", ("Mali", "MLI", "GOV"),
      ("Algeria", "DZA", "GOV"), d("2025-04-06"), None, cl="ma-recall"),
    E("after drone downing", "downing", "ASSAULT", None, None, None, d("2025-04-01"), None, cl="ma-drone"),
    E("recalled its ambassador", "recalled", "SANCTION", "withdraw", ("Mali", "MLI", "GOV"),
      ("Algeria", "DZA", "GOV"), d("2025-04-06"), P("BAMAKO", "BAMAKO"), speaker="the transitional government",
      relays=ORTM, mod="reported", cl="ma-recall"),
    E("closed its airspace", "closed", "SANCTION", "discontinue", ("Mali", "MLI", "GOV"),
      ("Algerian aircraft", "DZA", None), d("2025-04-06"), P("BAMAKO", "BAMAKO"),
      speaker="the transitional government", relays=ORTM, mod="reported", cl="ma-airspace"),
    E("accusing its neighbour", "accusing", "ACCUSE", "allege", ("Mali", "MLI", "GOV"),
      ("its neighbour", "DZA", "GOV"), d("2025-04-06"), P("BAMAKO", "BAMAKO"), relays=ORTM),
    E("of shooting down", "shooting down", "ASSAULT", None, ("its neighbour", "DZA", "GOV"),
      ("a Malian army drone", "MLI", "MIL"), d("2025-04-01"), "Tinzaouaten",
      speaker="the transitional government", relays=ORTM, mod="reported", cl="ma-drone"),
    E("\"deliberately destroyed\"", "destroyed", "ASSAULT", None, None, ("The drone", "MLI", "MIL"),
      d("2025-04-01"), P("Malian territory", "Mali"), speaker="the statement", relays=ORTM, mod="reported",
      cl="ma-drone"),
    E("calling the act", "calling", "ACCUSE", "disapprove", ("the statement", "MLI", "GOV"), None,
      d("2025-04-06"), None, relays=ORTM),
    E("\"respond to any new aggression\"", "respond", "THREATEN", "violence", ("Mali", "MLI", "GOV"), None,
      d("2025-04-06"), None, speaker=("it", "it said"), relays=ORTM, mod="threatened"),
    E("any new aggression", "aggression", "ASSAULT", None, None, None, None, None,
      speaker=("it", "it said"), relays=ORTM, mod="hypothetical"),
    E("would file a complaint", "complaint", "ACCUSE", "allege", ("Mali", "MLI", "GOV"), None, None, None,
      speaker=("it", "it said"), relays=ORTM, mod="future"),
    E("would recall their envoys", "recall", "SANCTION", "withdraw", ("all three members", None, "GOV"),
      ("Algiers", "DZA", "GOV"), None, None, speaker="The Alliance of Sahel States (AES)", mod="future"),
    E("its air defence had shot down", "shot down", "ASSAULT", None, ("its air defence", "DZA", "MIL"),
      ("a reconnaissance drone", "MLI", "MIL"), d("2025-04-01"), None, speaker="Algeria's defence ministry",
      mod="reported", cl="ma-drone"),
    E("had entered Algerian airspace", "entered", "COERCE", None, (("that", "drone that had"), "MLI", "MIL"),
      ("Algerian airspace", "DZA", None), d("2025-04-01"), None, speaker="Algeria's defence ministry",
      mod="reported", cl="ma-intrusion"),
    E("Algiers rejected", "rejected", "REJECT", None, ("Algiers", "DZA", "GOV"), ("Malian", "MLI", "GOV"), None,
      None),
    E("junta ended a 2015 peace deal", "ended", "SANCTION", "discontinue", ("Mali's junta", "MLI", "MIL"),
      ("Tuareg-led rebels", "MLI", "REB"), mo("2024-01", True), None),
    E("Algeria had brokered", "brokered", "CONSULT", "third-party", ("Algeria", "DZA", "GOV"), None, yr("2015"),
      None, cl="ma-mediate"),
])

A("35", "Algerie Presse Service", "2025-04-08",
  "Algeria recalls its ambassadors to Mali and Niger",
  "Algeria recalls its ambassadors to Mali and Niger\n"
  "ALGIERS, 8 April 2025 (APS) - Algeria has decided to recall its ambassadors to Mali and Niger for "
  "consultations and to postpone the taking up of duties of its new ambassador to Burkina Faso, the Ministry of "
  "Foreign Affairs said in a statement on Monday.\n"
  "The ministry said Algeria would also close its airspace to flights coming from or going to Mali from Monday, "
  "in application of the principle of reciprocity.\n"
  "Algeria \"categorically rejects\" the allegations of the Malian transitional government and expresses its "
  "\"deep regret\" at the alignment of Niger and Burkina Faso with them, the statement said.\n"
  "The drone, which violated Algerian airspace near Tinzaouaten, was destroyed in accordance with the rules of "
  "engagement after its trajectory turned offensive, the statement said, adding that Algeria was ready to share "
  "its radar data with any independent inquiry.\n"
  "Algeria, which mediated the 2015 Algiers Accord, has always supported the unity of Mali, the ministry said.",
  [
    E("Algeria recalls its ambassadors", "recalls", "SANCTION", "withdraw", ("Algeria", "DZA", "GOV"),
      ("Mali and Niger", None, "GOV"), d("2025-04-07"), None, cl="ma-alg-recall"),
    E("decided to recall", "recall", "SANCTION", "withdraw", ("Algeria", "DZA", "GOV"),
      ("Mali and Niger", None, "GOV"), d("2025-04-07"), P(("ALGIERS", 1), "ALGIERS"),
      speaker="the Ministry of Foreign Affairs", mod="reported", cl="ma-alg-recall"),
    E("to postpone the taking up", "postpone", "REJECT", None, ("Algeria", "DZA", "GOV"),
      ("Burkina Faso", "BFA", "GOV"), d("2025-04-07"), P(("ALGIERS", 1), "ALGIERS"),
      speaker="the Ministry of Foreign Affairs", mod="reported"),
    E("would also close its airspace", "close", "SANCTION", "discontinue", ("Algeria", "DZA", "GOV"),
      ("Mali", "MLI", "GOV"), d("2025-04-07"), None, speaker="The ministry", mod="future"),
    E("\"categorically rejects\"", "rejects", "REJECT", None, ("Algeria", "DZA", "GOV"),
      ("the Malian transitional government", "MLI", "GOV"), d("2025-04-07"), P(("ALGIERS", 1), "ALGIERS"),
      speaker="the statement", mod="reported"),
    E("\"deep regret\"", "regret", "ACCUSE", "disapprove", ("Algeria", "DZA", "GOV"),
      ("Niger and Burkina Faso", None, "GOV"), d("2025-04-07"), P(("ALGIERS", 1), "ALGIERS"),
      speaker="the statement", mod="reported"),
    E("which violated Algerian airspace", "violated", "COERCE", None, ("which", "MLI", "MIL"),
      ("Algerian airspace", "DZA", None), None, "Tinzaouaten", speaker="the statement", mod="reported",
      cl="ma-intrusion"),
    E("was destroyed in accordance", "destroyed", "ASSAULT", None, None, ("The drone", "MLI", "MIL"), None, None,
      speaker="the statement", mod="reported", cl="ma-drone"),
    E("was ready to share", "ready", "AGREE", None, (("Algeria", "adding that Algeria"), "DZA", "GOV"), None, None,
      None, speaker="the statement", mod="reported"),
    E("which mediated", "mediated", "CONSULT", "third-party", ("which", "DZA", "GOV"), None, yr("2015"), None,
      speaker="the ministry", mod="reported", cl="ma-mediate"),
])

A("36", "Associated Press", "2025-03-02",
  "Guyana says Venezuelan navy vessel entered its waters near oil platforms",
  "Guyana says Venezuelan navy vessel entered its waters near oil platforms\n"
  "GEORGETOWN, Guyana (AP) - Guyana's president said Saturday that a Venezuelan navy patrol boat entered "
  "Guyanese waters and approached oil production vessels operated by ExxonMobil, calling the incursion \"a clear "
  "threat\" to his country.\n"
  "President Irfaan Ali said in a video posted on social media that the boat had left after its crew told the "
  "vessels they were in \"disputed waters\".\n"
  "Venezuela's government denied that any of its vessels had entered Guyanese waters. Defence Minister Vladimir "
  "Padrino Lopez said on state television VTV that the navy was patrolling \"Venezuelan waters\" and would "
  "continue to do so.\n"
  "The U.S. State Department warned that \"further provocations\" would have consequences for the Maduro "
  "government.\n"
  "Venezuela held a referendum in December 2023 in which voters backed claiming the Essequibo region. Days "
  "earlier, on Dec. 1, the International Court of Justice ordered Caracas to refrain from any action that would "
  "alter the status quo. In April 2024, Venezuela's National Assembly passed a law annexing the region, which "
  "Guyana called a violation of the court's order.",
  [
    E("vessel entered its waters", "entered", "COERCE", None, ("Venezuelan navy vessel", "VEN", "MIL"), None,
      d("2025-03-01"), None, speaker="Guyana", mod="reported", cl="vg-entry"),
    E("patrol boat entered", "entered", "COERCE", None, ("a Venezuelan navy patrol boat", "VEN", "MIL"), None,
      d("2025-03-01"), None, speaker="Guyana's president", mod="reported", cl="vg-entry"),
    E("calling the incursion", "calling", "ACCUSE", "disapprove", ("Guyana's president", "GUY", "GOV"), None,
      d("2025-03-01"), P("GEORGETOWN", "GEORGETOWN")),
    E("the incursion \"a clear", "incursion", "COERCE", None, None, None, d("2025-03-01"), None,
      speaker="Guyana's president", mod="reported", cl="vg-entry"),
    E("any of its vessels had entered", "entered", "COERCE", None, ("any of its vessels", "VEN", "MIL"), None,
      d("2025-03-01"), None, speaker="Venezuela's government", mod="denied", cl="vg-entry"),
    E("the navy was patrolling", "patrolling", "MOBILIZE", "troops", ("the navy", "VEN", "MIL"), None, None, None,
      speaker=("Defence Minister Vladimir Padrino Lopez", 1), relays=["state television VTV"],
      mod="reported"),
    E("State Department warned", "warned", "THREATEN", None, ("The U.S. State Department", "USA", "GOV"),
      ("the Maduro government", "VEN", "GOV"), None, None, mod="threatened"),
    E("ordered Caracas to refrain", "ordered", "REQUEST", None, ("the International Court of Justice", None, "JUD"),
      ("Caracas", "VEN", "GOV"), d("2023-12-01", True), None, mod="demanded"),
    E("passed a law annexing", "annexing", "COERCE", None, ("Venezuela's National Assembly", "VEN", "LEG"), None,
      mo("2024-04", True), None),
    E("which Guyana called", "called", "ACCUSE", "disapprove", ("Guyana", "GUY", "GOV"), None, None, None),
])

A("37", "Lusa", "2024-11-07",
  "Mozambique: police fire tear gas at Mondlane supporters in Maputo",
  "Mozambique: police fire tear gas at Mondlane supporters in Maputo\n"
  "MAPUTO, 7 Nov (Lusa) - Police fired tear gas and live rounds on Thursday to disperse thousands of supporters "
  "of opposition candidate Venancio Mondlane who marched on the centre of Maputo, witnesses told Lusa.\n"
  "At least three people were shot dead in the Magoanine neighbourhood, the Centre for Democracy and Human "
  "Rights (CDD) said, citing hospital sources.\n"
  "The government said protesters had looted shops and set fire to a police station in Matola, and that 12 "
  "police officers had been injured. Interior Minister Pascoal Ronda denied that police had used live "
  "ammunition.\n"
  "Mondlane, who says he won the October 9 presidential election, called for the march in a live broadcast on "
  "Facebook from an undisclosed location. He has said he left the country after two of his aides were shot dead "
  "in Maputo on October 19.\n"
  "\"If the Constitutional Council validates this fraud, we will paralyse the country,\" Mondlane said in "
  "Wednesday's broadcast.\n"
  "Defence Minister Cristovao Chume warned on Wednesday that the army could be deployed if the unrest "
  "continued, saying there was \"an attempt to change the democratically established power\".\n"
  "The Southern African Development Community (SADC) urged all parties to exercise restraint and said it was "
  "ready to send a fact-finding mission if the government agreed.",
  [
    E("police fire tear gas", "fire", "ASSAULT", "crowd-control", ("police", "MOZ", "COP"),
      ("Mondlane supporters", "MOZ", "OPP"), d("2024-11-07"), "Maputo", cl="mz-disperse"),
    E("Police fired tear gas and live rounds", "fired", "ASSAULT", "crowd-control", ("Police", "MOZ", "COP"),
      ("thousands of supporters of opposition candidate Venancio Mondlane", "MOZ", "OPP"), d("2024-11-07"),
      "Maputo", speaker="witnesses", mod="reported", cl="mz-disperse"),
    E("who marched on the centre", "marched", "PROTEST", "demo", ("who", "MOZ", "OPP"), None, d("2024-11-07"),
      "Maputo", speaker="witnesses", mod="reported", cl="mz-march"),
    E("were shot dead in the Magoanine", "shot dead", "ASSAULT", "firearms", None,
      ("At least three people", "MOZ", "CVL"), d("2024-11-07"), P("the Magoanine neighbourhood", "Maputo"),
      speaker="hospital sources", relays=["the Centre for Democracy and Human Rights (CDD)"], mod="reported",
      cl="mz-deaths"),
    E("protesters had looted shops", "looted", "PROTEST", "vandalize", ("protesters", "MOZ", "CVL"), None,
      d("2024-11-07"), None, speaker="The government", mod="reported", cl="mz-loot"),
    E("set fire to a police station", "set fire", "PROTEST", "riot", ("protesters", "MOZ", "CVL"),
      ("a police station", "MOZ", "COP"), d("2024-11-07"), "Matola", speaker="The government", mod="reported",
      cl="mz-station"),
    E("police had used live", "used", "ASSAULT", "firearms", ("police", "MOZ", "COP"), None, d("2024-11-07"), None,
      speaker="Interior Minister Pascoal Ronda", mod="denied", cl="mz-disperse"),
    E("called for the march", "called for", "REQUEST", None, ("Mondlane", "MOZ", "OPP"), None, None, None,
      relays=["Facebook"], mod="demanded"),
    E("aides were shot dead", "shot dead", "ASSAULT", "firearms", None, ("two of his aides", "MOZ", "OPP"),
      d("2024-10-19", True), "Maputo", speaker=("He", "He has said"), mod="reported"),
    E("we will paralyse the country", "paralyse", "THREATEN", None, ("we", "MOZ", "OPP"), None, d("2024-11-06"),
      None, speaker="Mondlane", relays=["Wednesday's broadcast"], mod="threatened"),
    E("Chume warned on Wednesday", "warned", "THREATEN", "violence",
      ("Defence Minister Cristovao Chume", "MOZ", "GOV"), None, d("2024-11-06"), P(("MAPUTO", 1), "Maputo"),
      mod="threatened"),
    E("\"an attempt to change", "attempt", "ACCUSE", "allege", ("Defence Minister Cristovao Chume", "MOZ", "GOV"),
      None, d("2024-11-06"), P(("MAPUTO", 1), "Maputo"), speaker="Defence Minister Cristovao Chume",
      mod="reported"),
    E("urged all parties", "urged", "REQUEST", None,
      ("The Southern African Development Community (SADC)", None, "IGO"), ("all parties", "MOZ", None), None,
      None, mod="demanded"),
    E("it was ready to send", "ready", "AGREE", None, (("it", "said it was"), None, "IGO"), None, None, None,
      speaker="The Southern African Development Community (SADC)", mod="conditional",
      cond="if the government agreed"),
    E("if the government agreed", "agreed", "AGREE", None, ("the government", "MOZ", "GOV"), None, None, None,
      speaker="The Southern African Development Community (SADC)", mod="hypothetical"),
])

SANA = [("the state news agency SANA", 1)]
A("38", "Reuters", "2025-07-16",
  "Israel strikes Syrian army headquarters in Damascus, vows more unless troops leave Sweida",
  "Israel strikes Syrian army headquarters in Damascus, vows more unless troops leave Sweida\n"
  "DAMASCUS, July 16 (Reuters) - Israeli warplanes struck the Syrian army's general staff headquarters in "
  "central Damascus on Wednesday, killing at least three people, the Syrian health ministry said, according to "
  "the state news agency SANA.\n"
  "Israel's military said it had targeted the compound because Syrian government forces had attacked members "
  "of the Druze minority in the southern city of Sweida. Defence Minister Israel Katz said in a post on X that "
  "the strikes would \"intensify\" unless the forces withdrew from the city.\n"
  "Syria's foreign ministry condemned the \"treacherous aggression\" and said Damascus reserved the right to "
  "defend its territory \"by all legitimate means\", SANA reported.\n"
  "Clashes between Druze fighters and Bedouin tribes erupted in Sweida on Sunday, and government troops sent to "
  "restore order were accused by residents of executing civilians. The interior ministry denied that its forces "
  "had carried out any killings and said it had opened an investigation.\n"
  "The United States had asked Israel to halt the strikes and was working with both sides to reach a "
  "ceasefire, Secretary of State Marco Rubio told reporters.\n"
  "Israel captured most of the Golan Heights from Syria in the 1967 war and annexed it in 1981.",
  [
    E("Israel strikes Syrian army", "strikes", "ASSAULT", "aerial", ("Israel", "ISR", "GOV"),
      ("Syrian army headquarters", "SYR", "MIL"), d("2025-07-16"), "Damascus", cl="sy-strike"),
    E("vows more", "vows", "THREATEN", "violence", ("Israel", "ISR", "GOV"), None, None, None, mod="threatened",
      cl="sy-vow"),
    E("unless troops leave", "leave", "RETREAT", "withdraw", ("troops", "SYR", "MIL"), None, None, None,
      speaker=("Israel", 1), mod="hypothetical", cl="sy-leave"),
    E("Israeli warplanes struck", "struck", "ASSAULT", "aerial", ("Israeli warplanes", "ISR", "MIL"),
      ("the Syrian army's general staff headquarters", "SYR", "MIL"), d("2025-07-16"), "Damascus",
      speaker="the Syrian health ministry", relays=SANA, mod="reported", cl="sy-strike"),
    E("it had targeted the compound", "targeted", "ASSAULT", "aerial", (("it", "said it had targeted"), "ISR", "MIL"),
      ("the compound", "SYR", "MIL"), d("2025-07-16"), None, speaker="Israel's military", mod="reported",
      cl="sy-strike"),
    E("forces had attacked members", "attacked", "ASSAULT", None, ("Syrian government forces", "SYR", "MIL"),
      ("members of the Druze minority", "SYR", "CVL"), None, "Sweida", speaker="Israel's military",
      mod="reported"),
    E("would \"intensify\"", "intensify", "ASSAULT", "aerial", None, None, None, None,
      speaker="Defence Minister Israel Katz", relays=["X"], mod="conditional",
      cond="unless the forces withdrew from the city", cl="sy-vow"),
    E("the forces withdrew", "withdrew", "RETREAT", "withdraw", ("the forces", "SYR", "MIL"), None, None, None,
      speaker="Defence Minister Israel Katz", relays=["X"], mod="hypothetical", cl="sy-leave"),
    E("condemned the \"treacherous", "condemned", "ACCUSE", "disapprove", ("Syria's foreign ministry", "SYR", "GOV"),
      None, None, None, relays=[("SANA", "SANA reported")]),
    E("treacherous aggression", "aggression", "ASSAULT", "aerial", None, None, d("2025-07-16"), None,
      speaker="Syria's foreign ministry", relays=[("SANA", "SANA reported")], mod="reported", cl="sy-strike"),
    E("Damascus reserved the right", "reserved", "THREATEN", None, ("Damascus", "SYR", "GOV"), None, None, None,
      speaker="Syria's foreign ministry", relays=[("SANA", "SANA reported")], mod="threatened"),
    E("Clashes between Druze", "Clashes", "ASSAULT", None, ("Druze fighters", "SYR", "UAF"),
      ("Bedouin tribes", "SYR", "UAF"), d("2025-07-13"), "Sweida", cl="sy-clashes"),
    E("government troops sent", "sent", "MOBILIZE", "troops", None, None, None, None),
    E("were accused by residents", "accused", "ACCUSE", "allege", ("residents", "SYR", "CVL"),
      ("government troops", "SYR", "MIL"), None, None),
    E("of executing civilians", "executing", "ASSAULT", None, ("government troops", "SYR", "MIL"),
      ("civilians", "SYR", "CVL"), None, None, speaker="residents", mod="reported", cl="sy-exec"),
    E("had carried out any killings", "killings", "ASSAULT", None, ("its forces", "SYR", "COP"), None, None, None,
      speaker="The interior ministry", mod="denied", cl="sy-exec"),
    E("had opened an investigation", "investigation", "ACCUSE", "investigate", (("it", "said it had opened"), "SYR", "GOV"),
      None, None, None, speaker="The interior ministry", mod="reported"),
    E("had asked Israel", "asked", "REQUEST", None, ("The United States", "USA", "GOV"), ("Israel", "ISR", "GOV"),
      None, None, speaker="Secretary of State Marco Rubio", mod="demanded"),
    E("working with both sides", "working", "CONSULT", "third-party", ("The United States", "USA", "GOV"),
      ("both sides", None, None), None, None, speaker="Secretary of State Marco Rubio", mod="reported"),
    E("Israel captured most", "captured", "ASSAULT", None, ("Israel", "ISR", "GOV"), ("Syria", "SYR", "GOV"),
      yr("1967"), P("the Golan Heights", "Golan Heights")),
    E("annexed it in 1981", "annexed", "COERCE", None, ("Israel", "ISR", "GOV"), ("it", "SYR", None), yr("1981"),
      None),
])

A("39", "Reuters", "2025-04-02",
  "China stages second day of drills around Taiwan; Taipei condemns 'provocation'",
  "China stages second day of drills around Taiwan; Taipei condemns 'provocation'\n"
  "TAIPEI, April 2 (Reuters) - China's military staged live-fire drills in the East China Sea on Wednesday on "
  "the second day of exercises around Taiwan, simulating strikes on ports and energy facilities, the Eastern "
  "Theatre Command said on its WeChat account.\n"
  "Taiwan's defence ministry said it had detected 76 Chinese military aircraft and 15 warships around the "
  "island since Tuesday and had dispatched its own forces to monitor them. It called the drills \"an irrational "
  "provocation\".\n"
  "China's Taiwan Affairs Office spokeswoman Zhu Fenglian said the exercises were \"a stern warning\" to "
  "separatist forces and that Beijing would \"not hesitate to take resolute measures\" if they pushed for "
  "independence, according to the official Xinhua news agency.\n"
  "The U.S. State Department urged Beijing to show restraint.\n"
  "China last held large-scale drills around the island in October 2024. During the 1996 crisis, China fired "
  "missiles into waters near Taiwan's ports ahead of the island's first direct presidential election.",
  [
    E("China stages second day", "drills", "MOBILIZE", "troops", ("China", "CHN", "GOV"), None, d("2025-04-02"),
      None, cl="tw-drills"),
    E("Taipei condemns", "condemns", "ACCUSE", "disapprove", ("Taipei", "TWN", "GOV"), None, None, None,
      cl="tw-condemn"),
    E("staged live-fire drills", "drills", "MOBILIZE", "troops", ("China's military", "CHN", "MIL"), None,
      d("2025-04-02"), "East China Sea", speaker="the Eastern Theatre Command", relays=["its WeChat account"],
      mod="reported", cl="tw-drills"),
    E("had dispatched its own forces", "dispatched", "MOBILIZE", "troops", (("it", "said it had detected"), "TWN", "MIL"),
      None, None, None, speaker="Taiwan's defence ministry", mod="reported"),
    E("It called the drills", "called", "ACCUSE", "disapprove", ("It", "TWN", "MIL"), None, None, None,
      cl="tw-condemn"),
    E("said the exercises were", "exercises", "MOBILIZE", "troops", None, None, d("2025-04-02"), None,
      speaker="China's Taiwan Affairs Office spokeswoman Zhu Fenglian",
      relays=["the official Xinhua news agency"], mod="reported", cl="tw-drills"),
    E("\"a stern warning\"", "warning", "THREATEN", None, ("the exercises", "CHN", "MIL"),
      ("separatist forces", "TWN", None), None, None,
      speaker="China's Taiwan Affairs Office spokeswoman Zhu Fenglian",
      relays=["the official Xinhua news agency"], mod="threatened"),
    E("Beijing would \"not hesitate", "not hesitate", "THREATEN", None, ("Beijing", "CHN", "GOV"), None, None, None,
      speaker="China's Taiwan Affairs Office spokeswoman Zhu Fenglian",
      relays=["the official Xinhua news agency"], mod="threatened"),
    E("urged Beijing to show restraint", "urged", "REQUEST", None, ("The U.S. State Department", "USA", "GOV"),
      ("Beijing", "CHN", "GOV"), None, None, mod="demanded"),
    E("China last held large-scale drills", "drills", "MOBILIZE", "troops", ("China", "CHN", "GOV"), None,
      mo("2024-10", True), None),
    E("China fired missiles", "fired", "MOBILIZE", "weapons", ("China", "CHN", "GOV"), None, yr("1996"), None),
])

A("40", "AFP", "2025-06-26",
  "Kenyan police shoot dead protesters as thousands mark anniversary of parliament storming",
  "Kenyan police shoot dead protesters as thousands mark anniversary of parliament storming\n"
  "NAIROBI, June 26 (AFP) - Kenyan police shot dead at least eight people on Wednesday as thousands of "
  "protesters marched in Nairobi and other cities to mark a year since demonstrators stormed parliament, Amnesty "
  "International Kenya said.\n"
  "Police fired tear gas and water cannon at crowds trying to reach State House, AFP journalists saw. "
  "Protesters set fire to a police post in Kitengela, south of the capital, and looted shops in Nairobi's "
  "business district, police said.\n"
  "The Communications Authority ordered television stations to stop live coverage of the protests, a directive "
  "the High Court suspended hours later. The Law Society of Kenya said it would sue the authority if the ban "
  "was reinstated.\n"
  "Interior Minister Kipchumba Murkomen called the protests \"an attempted coup\" and warned that anyone who "
  "attacked police stations would be \"dealt with firmly\". Opposition leaders accused the government of "
  "sponsoring gangs who attacked demonstrators with whips in central Nairobi.\n"
  "On June 25, 2024, protesters stormed parliament after lawmakers passed a contested finance bill. Police "
  "opened fire, killing at least 19 people that day, and President William Ruto withdrew the bill the next day.",
  [
    E("Kenyan police shoot dead", "shoot dead", "ASSAULT", "firearms", ("Kenyan police", "KEN", "COP"),
      ("protesters", "KEN", "CVL"), d("2025-06-25"), None, cl="ke-shoot"),
    E("thousands mark anniversary", "mark", "PROTEST", "demo", ("thousands", "KEN", "CVL"), None, d("2025-06-25"),
      None, cl="ke-march"),
    E("of parliament storming", "storming", "PROTEST", "riot", None, ("parliament", "KEN", "LEG"),
      d("2024-06-25", True), None, cl="ke-storm"),
    E("Kenyan police shot dead", "shot dead", "ASSAULT", "firearms", ("Kenyan police", "KEN", "COP"),
      ("at least eight people", "KEN", "CVL"), d("2025-06-25"), None, speaker="Amnesty International Kenya",
      mod="reported", cl="ke-shoot"),
    E("protesters marched in Nairobi", "marched", "PROTEST", "demo", ("thousands of protesters", "KEN", "CVL"), None,
      d("2025-06-25"), "Nairobi", speaker="Amnesty International Kenya", mod="reported", cl="ke-march"),
    E("demonstrators stormed parliament", "stormed", "PROTEST", "riot", ("demonstrators", "KEN", "CVL"),
      ("parliament", "KEN", "LEG"), d("2024-06-25", True), None, speaker="Amnesty International Kenya",
      mod="reported", cl="ke-storm"),
    E("Police fired tear gas and water cannon", "fired", "ASSAULT", "crowd-control", ("Police", "KEN", "COP"),
      ("crowds", "KEN", "CVL"), d("2025-06-25"), P("State House", "Nairobi"), cl="ke-teargas"),
    E("Protesters set fire", "set fire", "PROTEST", "riot", ("Protesters", "KEN", "CVL"),
      ("a police post", "KEN", "COP"), d("2025-06-25"), "Kitengela", speaker=("police", "district, police"), mod="reported",
      cl="ke-post"),
    E("looted shops in Nairobi", "looted", "PROTEST", "vandalize", ("Protesters", "KEN", "CVL"), None,
      d("2025-06-25"), "Nairobi", speaker=("police", "district, police"), mod="reported", cl="ke-loot"),
    E("ordered television stations", "ordered", "COERCE", "censor", ("The Communications Authority", "KEN", "GOV"),
      ("television stations", "KEN", "MED"), d("2025-06-25"), P(("NAIROBI", 1), "NAIROBI"), cl="ke-censor"),
    E("the High Court suspended", "suspended", "REJECT", None, ("the High Court", "KEN", "JUD"), None,
      d("2025-06-25"), P(("NAIROBI", 1), "NAIROBI")),
    E("it would sue", "sue", "ACCUSE", "allege", (("it", "said it would sue"), "KEN", None),
      ("the authority", "KEN", "GOV"), None, None, speaker="The Law Society of Kenya", mod="conditional",
      cond="if the ban was reinstated"),
    E("ban was reinstated", "reinstated", "COERCE", "censor", None, None, None, None,
      speaker="The Law Society of Kenya", mod="hypothetical"),
    E("called the protests", "called", "ACCUSE", "disapprove", ("Interior Minister Kipchumba Murkomen", "KEN", "GOV"),
      None, None, None),
    E("warned that anyone", "warned", "THREATEN", None, ("Interior Minister Kipchumba Murkomen", "KEN", "GOV"),
      ("anyone", "KEN", "CVL"), None, None, mod="threatened"),
    E("who attacked police stations", "attacked", "ASSAULT", None, ("who", "KEN", "CVL"),
      ("police stations", "KEN", "COP"), None, None, speaker="Interior Minister Kipchumba Murkomen",
      mod="hypothetical"),
    E("Opposition leaders accused", "accused", "ACCUSE", "allege", ("Opposition leaders", "KEN", "OPP"),
      ("the government", "KEN", "GOV"), None, None),
    E("sponsoring gangs", "sponsoring", "AID", None, ("the government", "KEN", "GOV"), ("gangs", "KEN", "UAF"),
      None, None, speaker="Opposition leaders", mod="reported"),
    E("who attacked demonstrators", "attacked", "ASSAULT", "beat", ("who", "KEN", "UAF"),
      ("demonstrators", "KEN", "CVL"), d("2025-06-25"), "Nairobi", speaker="Opposition leaders",
      mod="reported"),
    E("protesters stormed parliament after", "stormed", "PROTEST", "riot", ("protesters", "KEN", "CVL"),
      ("parliament", "KEN", "LEG"), d("2024-06-25", True), None, cl="ke-storm"),
    E("opened fire, killing", "opened fire", "ASSAULT", "firearms", ("Police", "KEN", "COP"),
      ("at least 19 people", "KEN", "CVL"), d("2024-06-25", True), None),
    E("Ruto withdrew the bill", "withdrew", "CONCEDE", None, ("President William Ruto", "KEN", "GOV"), None,
      d("2024-06-26", True), None),
])


def main():
    check_unused(BATCH, set(REC_M_SOURCES))
    check_real_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_n-18": [
            E("Hiller's preliminary hearing", "hearing", "ACCUSE", "allege", None, ("Hiller", "USA", "CVL"), d("2010-12-07"), None, cl="kh-hearing"),  # relabel50
            E("After the hearing, Hiller", "hearing", "ACCUSE", "allege", None, ("Hiller", "USA", "CVL"), d("2010-12-07"), None, cl="kh-hearing"),  # relabel50
        ],
        "rec_n-22": [
            E("at an April 2003 federal hearing", "hearing", "ACCUSE", "allege", None, (("he", "he finally admitted"), "USA", "UAF"), mo("2003-04", True), None),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_n-04": [
            E("They said the protest began", "protest", "PROTEST", "demo", None, None, d("2013-03-11"), None, speaker="They", mod="reported", cl="bk-march-mon"),  # relabel66 (a)
        ],
        "rec_n-05": [
            E("The march then walked", "march", "PROTEST", "demo", None, None, d("2010-05-05"), None, cl="ath-march"),  # relabel66 (a)
        ],
        "rec_n-06": [
            E("During the operation, six AK", "operation", "COERCE", None, None, None, d("2011-11-10"), None, cl="pir-foil"),  # relabel66 (a)
            E("The timely operation by Sukanya", "operation", "COERCE", None, None, None, d("2011-11-10"), None, cl="pir-foil"),  # relabel66 (a)
        ],
        "rec_n-08": [
        ],
        "rec_n-11": [
            E("responsible for the explosion and deaths", "explosion", "ASSAULT", "explosives", None, None, d("2008-12-12"), None, speaker="Oregon State Police", mod="reported", cl="wb-bomb"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


SHARED = shared_data(__file__)


if __name__ == "__main__":
    main()
