"""Build tests/data/records/rec_j.jsonl: gold whole-record events (batch rec_j).

rec_j is the FRESH BLIND SET after rec_i: every article has ``"split":
"blind"``, and every label was written before eventwire ever ran on any of
these texts (no pipeline, no ``eval records``, no spaCy on them while
labelling, no eventwire rule code read, and no system output looked at). Run
it once, at the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_j.jsonl --split blind

40 articles, 335 events: 27 real texts (25 ECB+, 2 GeoVirus; articles 01-14,
22-27, 32-38) and 13 own texts (15-21, 28-31, 39-40), three of them
look-alikes or near look-alikes (12, 21, 30; 21 and 30 carry no events).

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; the leading URL line is cut so the text
  opens with its headline) and GeoVirus Wikinews articles
  (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text is
  copied, none of GeoVirus' annotation). A text with no headline line takes
  its first sentence as title. ``published`` is the printed date, else
  inferred from the text's own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles that rec_a..rec_i cover little (relays through
  two outlets, conditional threats, denials, recollections of old events
  with explicit and relative dates, one story told by several outlets) and
  non-political look-alikes that carry no events.

Labels follow docs/annotation.md, including its Batch d, e, g, h, i and j
decisions. Spans are located by needle strings, never by hand-counted offsets
(the conventions of ``needles.py``, as in ``make_rec_i.py``):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames' country
point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_j.py
"""


from needles import Batch, E, P, check_sources, d, mo, shared_data, with_title, wk, yr

PLACES = {
    'Gulf of Aden': (12.0, 48.0),  # as rec_c
    'Gulf of Eden': (12.0, 48.0),  # 12_11ecbplus headline's misspelling of the Gulf of Aden
    'Somalia': (6.0, 48.0),  # country
    'Huntsville': (30.72, -95.55),  # Huntsville, Texas, geonameid 4700168
    'Baytown': (29.74, -94.98),  # geonameid 4673179
    'Houston': (29.76, -95.36),  # geonameid 4699066
    'Greece': (39.0, 22.0),  # country
    'Thessaloniki': (40.64, 22.94),  # geonameid 734077
    'East Flatbush': (40.65, -73.93),  # neighbourhood of Brooklyn, approximate point
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Brooklyn': (40.65, -73.95),  # geonameid 5110302
    'Palermo': (38.12, 13.36),  # geonameid 2523920
    'Woodburn': (45.14, -122.86),  # geonameid 5761708
    'Kibera': (-1.31, 36.79),  # Nairobi neighbourhood, approximate point
    'Nairobi': (-1.28, 36.82),  # geonameid 184745
    'Turkmenistan': (39.0, 59.0),  # country
    'Zimbabwe': (-19.0, 29.75),  # country
    'Harare': (-17.83, 31.05),  # geonameid 890299
    'Nouakchott': (18.09, -15.98),  # geonameid 2377450
    'Bamako': (12.65, -8.0),  # geonameid 2460596
    'Fassala': (15.55, -5.52),  # Fassala, Mauritania, approximate point
    'Conakry': (9.54, -13.68),  # geonameid 2422465
    'Port Sudan': (19.62, 37.22),  # geonameid 377039
    "N'Djamena": (12.11, 15.04),  # geonameid 2427123
    'El Fasher': (13.63, 25.35),  # geonameid 379252
    'Chibok': (10.87, 12.85),  # Chibok, Borno, approximate point
    'Abuja': (9.06, 7.5),  # geonameid 2352778
    'Maiduguri': (11.85, 13.16),  # geonameid 2331447
    'Borno': (11.5, 13.0),  # Borno State (ADM1), approximate point
    'Baku': (40.38, 49.89),  # geonameid 587084
    'Yekaterinburg': (56.84, 60.61),  # geonameid 1486209
    'Grozny': (43.31, 45.69),  # geonameid 557140
    'Moscow': (55.75, 37.62),  # geonameid 524901
    'Banjska': (42.98, 20.78),  # village in Zvecan, Kosovo, approximate point
    'Pristina': (42.67, 21.17),  # geonameid 786714
    'Ras Kamboni': (-1.64, 41.58),  # Ras Kamboni, Somalia, approximate point
    'Kuriga': (10.43, 7.68),  # Kuriga, Kaduna state, approximate point
    'Amdjarass': (16.07, 22.84),  # Am Djarass, Chad, approximate point
}

BATCH = Batch("rec_j", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:12_10ecb': (
        'The Indian navy has captured 23 Somalian pirates.\n'
        'The pirates were about to board a vessel in the Gulf of Aden when they were apprehended.\n'
        "Last month, India's navy drew criticism after sinking a Thai fishing trawler that had been commandeered hours earlier by pirates, but the navy says it fired in self-defence.\n"
        'Somali pirates have become increasingly brazen, and recently seized a Saudi supertanker loaded with e75m worth of crude oil.'
    ),
    'ecbplus:12_15ecb': (
        'MSNBC is reporting that the Indian Navy claims they have captured 23 pirates in the Gulf of Aden.\n'
        'This the region where so many ships have recently been commandeered.\n'
        "They had ``a large cache of weapons including 7 AK-47 rifles, a rocket propelled grenade launcher, and 3 machine guns.''\n"
        'They are taking the vessels to pirate controlled regions in Somalia, with an estimated 1,500 pirates.'
    ),
    'ecbplus:12_1ecb': (
        'The Indian Navy on Saturday prevented pirates from attacking a merchant vessel flying an Ethiopian flag in the Gulf of Aden and took 23 into custody.\n'
        'Responding to a distress call by MV Gibe, INS Mysore on anti-piracy patrol in the area, swung into action against the pirates in two boats, a Defence Ministry release said.\n'
        'The apprehended included 12 Somalis and 11 Yemenis. Seven AK-47s, three other automatic rifles, 13 loaded magazines, a rocket-propelled grenade-launcher, rockets, cartridges and grenades were found in the boats.\n'
        'There were also three outboard motors and a global positioning system receiver.\n'
        'The personnel, arms, ammunition and equipment would be handed over to appropriate authorities ashore.\n'
        'The Ministry said MV Gibe put out a message at 1100 hours that it was under attack from two boats closing in on it and firing small arms.\n'
        'The merchant vessel retaliated with small arms onboard.\n'
        'The warship some 13 nautical miles away, altered course and launched its integral armed helicopter.\n'
        'On sighting the warship and the helicopter, the pirates attempted to escape.\n'
        'INS Mysore closed in and ordered them to stop.\n'
        'The larger boat, a dhow was identified as Salahuddin, with the second smaller boat in tow.\n'
        'Marine commandos boarded the dhow at 1230 hours and apprehended the pirates and recovered the arms, ammunition and equipment.\n'
        'PTI reports:\n'
        'Last month, Navy warship INS Tabar, a missile-frigate, had sunk a mother ship of the pirates and had also rescued two merchant vessels under attack.\n'
        'On November 19, INS Tabar sunk a fishing trawler that was under the control of pirates, in a third successive strike since its deployment on November 2 this year.'
    ),
    'ecbplus:12_10ecbplus': (
        'INS Sukanya intercepts pirate ships, arms seized\n'
        'November 12, 2011\n'
        'Indian navy has foiled a piracy attempt on 5 Indian merchant vessels in international waters.\n'
        "Navy's frigate INS Sukanya intercepted 3 pirate ships and seized arms and ammunition from the pirates.\n"
        'News X has exclusive pictures of the anti - piracy operation.\n'
        'This operation was part of the International efforts to secure high seas; India has been at the forefront of anti - piracy operations.'
    ),
    'ecbplus:12_11ecbplus': (
        'INS Sukanya foils piracy attempt in Gulf of Eden\n'
        'Sat Nov 12 2011, 01: 19 hrs\n'
        'Warship INS Sukanya on Thursday foiled a piracy attempt in the Gulf of Aden between Somalia and Yemen.\n'
        'The ship was escorting a group of five merchant vessels through the Internationally Recognised Transit Corridor (IRTC) when the bid occurred.\n'
        'This is the fifth anti - piracy operation carried out by the warship after it was sent for patrol missions to the Gulf of Aden in September.\n'
        'The course of INS Sukanya was altered to intercept boats targeting the merchant vessels.\n'
        '"The incident occurred around 9. 25 am when five boats were seen approaching the vessels...\n'
        'Seeing the warship headed in their direction, the skiffs tried to escape.\n'
        'While two of them managed to flee, boarding - and - search operations were carried out on the other three, " a defence spokesperson said.\n'
        'Six AK 47 rifles, 12 magazines and 300 rounds of ammunition were seized from the boats.\n'
        'They had 26 crewmen aboard, all Somalian nationals.\n'
        '"We also managed to find grapnels, ladders and rope - handling gloves, which are proof that those caught were pirates. "'
    ),
    'ecbplus:3_5ecbplus': (
        'Texas convict Arcade Joseph Comeaux Jr., riding in wheelchair, pulls gun on guards, escapes on foot\n'
        'THURSDAY, DECEMBER 3, 2009, 9: 36 AM\n'
        'Rewards totaling $30, 000 are offered for information leading to Texas prison escapee Arcade Joseph Comeaux Jr.\n'
        'Department of Corrections spokeswoman Michelle Lyons said Thursday that the convicted sex offender was still on the run.\n'
        'Comeaux was in a wheelchair Monday when he pulled a gun on two guards during a transfer from a unit in Huntsville to one in Beaumont.\n'
        'Both guards were released after being forced to drive to the Baytown area, where Comeaux ran way.\n'
        'Comeaux was serving life in prison for aggravated sexual assault out of Brazos County.'
    ),
    'ecbplus:3_7ecbplus': (
        'Texas Lifer Escapes Prison Van Near Houston\n'
        'A Texas inmate escaped from a prison van near Houston after pulling a gun on two guards who were transporting him between prisons, according to a Texas prison statement Monday.\n'
        "Arcade Joseph Comeaux Jr., 49, ran away on foot with the guards' guns and wearing one of their gray correctional officer uniforms, the statement from the Texas Department of Criminal Justice said.\n"
        'Comeaux was serving a life sentence for indecency with a child, aggravated sexual assault and two counts of aggravated assault with a deadly weapon, it said.\n'
        'The escape happened near Baytown, Texas, about 25 miles east of Houston, it said.'
    ),
    'ecbplus:26_13ecb': (
        'A suspected Mafia boss arrested in a high-profile police raid has been found dead in his cell, Italian police sources have said.\n'
        'Gaetano Lo Presti, who had been previously convicted of mob-related crimes before his re-arrest on Tuesday, was found dead in Pagliarelli prison in the Sicilian capital of Palermo.\n'
        'Police said Lo Presti had hanged himself late on Tuesday night.'
    ),
    'ecbplus:26_9ecb': (
        "A mafioso committed suicide hours after his arrest in a police bust of almost 100 people suspected of trying to re-establish Cosa Nostra provincial 'commission '.\n"
        'Gaetano Lo Presti, 52, hung himself in his cell on Tuesday evening after he is believed to have read police wiretap transcripts implicating him in the affair.'
    ),
    'ecbplus:8_4ecb': (
        'A bomb exploded at an Oregon bank in Woodburn late Friday killing a police officer and a bomb technician.\n'
        'According to Woodburn police an officer arrived at the West Coast Bank after receiving a call that a suspicious device had been spotted in bushes near the bank.\n'
        'The bank was evacuated and the device was moved inside at which time the bomb exploded.\n'
        'Earlier in the day a Wells Fargo Bank had been contacted by an individual and told that a bomb had been planted.\n'
        'After a sweep of the area was made authorities determined no bomb had been present.\n'
        'Shortly after, the West Coast Bank received a call with a similar warning.'
    ),
    'ecbplus:8_6ecb': (
        'Oregon State Police say a bomb explosion at a Woodburn-area bank killed a local police officer and a state bomb disposal technician.\n'
        'The police said Saturday both were dead at the scene of the explosion the day before, but the police delayed announcing the death of 51-year-old Senior Trooper William Hakim so his family could be notified.\n'
        'At a briefing, the police identified the Woodburn police officer who died as 51-year-old Capt. Tom Tennant.\n'
        "Woodburn's police chief, 46-year-old Scott Russell, is in a Portland hospital, in critical condition.\n"
        'State police say the inside of the West Coast Bank branch office was extensively damaged.\n'
        "The police say they don't have suspects."
    ),
    'ecbplus:11_3ecb': (
        'Voters in Turkmenistan cast ballots Sunday in a parliamentary election hailed by the government as an exercise in democracy but dismissed by critics as a sham.\n'
        'The election of a 125-seat national legislature is the first parliamentary vote in the natural-gas rich Central Asian nation since the death of longtime autocrat Saparmurat Niyazov two years ago.\n'
        'His successor, Gurbanguli Berdymukhamedov, says the election is a key step in the development of democracy.\n'
        'But while the seats are contested, only one political party is legally registered in Turkmenistan, and its opponents have no foothold in politics.\n'
        'The U.S. and Europe are courting Turkmenistan as they seek to diversify energy sources and were watching the vote for signs of change.'
    ),
    'geovirus:geovirus-120': (
        'Poisoned liquor, locally known as changaa, killed seventeen and blinded a dozen in Kenya\'s largest slum. Many of the people who died were found in their homes, in Nairobi slum Kibera. Police said the changaa "may have contained traces of methanol", BBC News reported. The woman who distilled the liquor was arrested. Authorities are investigating if the addition of poison was accidental or not. Changaa is often supplemented with additives that make it more potent. Many Kenyans die from poisoned liquor every year, often sold in the brewer\'s home.'
    ),
    'geovirus:geovirus-159': (
        'A cholera outbreak in the African country of Zimbabwe has killed almost 500 people since August, according to the World Health Organization (WHO). The WHO said that the outbreak affected most areas of the country, and that some remote areas had seen fatality rates increase by as much as 30%. Zimbabwe\'s Ministry of Health reported 484 deaths from 11,735 cases since the outbreak began. Zimbabwe has had annual outbreaks of cholera for nearly a decade, but this one was the most far-reaching. A report by the WHO stated that the last large outbreak was in 1992, with 3,000 cases recorded. Cholera is frequently spread by contaminated, untreated water. The spread of the disease was expedited by the collapse of Zimbabwe\'s health and sanitation systems; state media reported that most of Harare has been left without water after the city ran out of chemicals for its treatment plant. A resident of Mabvuku, a suburb located east of Harare, told APTV that electricity is not available most of the time, so water is consumed without being boiled first. The medical charity Médecins Sans Frontières (Doctors Without Borders) said that there have been cases of cholera reported in areas of Botswana, Mozambique, and South Africa that border Zimbabwe, indicating the sub-regional threat of the outbreak. The South African ministry of health confirmed that they had 160 incidents of cholera reported, as well as three deaths. The European Commission said that it was providing €9 million (US$11.4 million) in funds to assist Zimbabwe with the crisis. "I\'m shocked at the deteriorating humanitarian crisis in Zimbabwe and call upon the authorities there to respond quickly to this cholera outbreak by allowing full assistance from international humanitarians and regional partners," said the commissioner responsible for the European Union\'s humanitarian aid, Louis Michel. Other agencies providing aid to the country include the United Nations Children\'s Fund, the WHO, and Doctors Without Borders.'
    ),
}


def T(key, sentence=None):
    """The real text ``key`` and its title (``needles.with_title``)."""
    return with_title(TEXTS[key], sentence)


# --------------------------------------------------------------------------
# 01 (ECB+ 12_10ecb): the INS Mysore capture of Saturday 13 December 2008,
# with the November sinking of a Thai trawler and the Sirius Star recalled.
# --------------------------------------------------------------------------
S13 = d("2008-12-13")
NOV08 = mo("2008-11", True)
NOTE_MYSORE = ("published date not printed in the text: inferred as the Saturday of the "
               "capture (13 December 2008, the INS Mysore / MV Gibe incident), as rec_c and rec_i")
X, H = T("ecbplus:12_10ecb", "pirates.")
A("01", "unknown", "2008-12-13", H, X, [
    E("has captured 23", "captured", "COERCE", "arrest", ("The Indian navy", "IND", "MIL"),
      ("23 Somalian pirates", "SOM", "UAF"), S13, None, cl="rj-mysore-arrest"),
    E("about to board a vessel", "board", "ASSAULT", None, ("The pirates", "SOM", "UAF"),
      ("a vessel", None, "BUS"), S13, "Gulf of Aden", cl="rj-gibe-attack"),
    E("they were apprehended", "apprehended", "COERCE", "arrest", None, ("they", "SOM", "UAF"),
      S13, "Gulf of Aden", cl="rj-mysore-arrest"),
    E("drew criticism", "criticism", "ACCUSE", "disapprove", None,
      ("India's navy", "IND", "MIL"), NOV08, None),
    E("after sinking a Thai", "sinking", "ASSAULT", None, ("India's navy", "IND", "MIL"),
      ("a Thai fishing trawler", "THA", "BUS"), NOV08, None, cl="rj-tabar-trawler"),
    E("commandeered hours earlier", "commandeered", "ASSAULT", "abduct", ("pirates", None, "UAF"),
      ("that", "THA", "BUS"), NOV08, None, cl="rj-trawler-hijack"),
    E("it fired in self-defence", "fired", "ASSAULT", None, (("it", "it fired in self-defence"), "IND", "MIL"), None, NOV08, None,
      speaker=("the navy", "the navy says"), mod="reported", cl="rj-tabar-trawler"),
    E("recently seized a Saudi", "seized", "ASSAULT", "abduct", ("Somali pirates", "SOM", "UAF"),
      ("a Saudi supertanker", "SAU", "BUS"), None, None, cl="rj-sirius-star"),
], source="ecbplus:12_10ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 02 (ECB+ 12_15ecb): the same capture relayed: MSNBC reporting the Navy's claim.
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_15ecb", "Gulf of Aden.")
A("02", "unknown", "2008-12-13", H, X, [
    E("they have captured", "captured", "COERCE", "arrest", ("they", "IND", "MIL"),
      ("23 pirates", None, "UAF"), S13, "Gulf of Aden", speaker="the Indian Navy",
      relays=["MSNBC"], mod="reported", cl="rj-mysore-arrest"),
], source="ecbplus:12_15ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 03 (ECB+ 12_1ecb): the same Saturday from a Defence Ministry release, with
# INS Tabar's November actions recalled from PTI.
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_1ecb", "into custody.")
MYS = ("INS Mysore", "IND", "MIL")
REL = ("a Defence Ministry release", "a Defence Ministry release said")
PTI = ("PTI", "PTI reports")
TAB = ("Navy warship INS Tabar", "IND", "MIL")
A("03", "unknown", "2008-12-13", H, X, [
    E("prevented pirates from", "prevented", "COERCE", None, ("The Indian Navy", "IND", "MIL"),
      ("pirates", None, "UAF"), S13, "Gulf of Aden", cl="rj-mysore-foil"),
    E("from attacking a merchant", "attacking", "ASSAULT", None, ("pirates", None, "UAF"),
      ("a merchant vessel flying an Ethiopian flag", "ETH", "BUS"), S13, "Gulf of Aden",
      cl="rj-gibe-attack"),
    E("took 23 into custody", "custody", "COERCE", "arrest", ("The Indian Navy", "IND", "MIL"),
      ("23", None, "UAF"), S13, "Gulf of Aden", cl="rj-mysore-arrest"),
    E("Responding to a distress", "Responding", "AID", None, MYS, ("MV Gibe", "ETH", "BUS"), S13,
      None, speaker=REL, mod="reported", cl="rj-mysore-rescue"),
    E("swung into action", "swung into action", "COERCE", None, MYS,
      ("the pirates in two boats", None, "UAF"), S13, None, speaker=REL, mod="reported",
      cl="rj-mysore-foil"),
    E("would be handed over to appropriate", "handed over", "COERCE", "arrest", None,
      ("appropriate authorities", None, "COP"), None, None, mod="future"),
    E("was under attack from two boats", "attack", "ASSAULT", "firearms",
      ("two boats", None, "UAF"), ("it", "ETH", "BUS"), S13, None,
      speaker=("MV Gibe", "MV Gibe put out"), relays=["The Ministry"], mod="reported",
      cl="rj-gibe-attack"),
    E("vessel retaliated", "retaliated", "ASSAULT", "firearms", ("The merchant vessel", "ETH", "BUS"),
      None, S13, None),
    E("launched its integral", "launched", "MOBILIZE", "troops", ("The warship", "IND", "MIL"),
      None, S13, None),
    E("ordered them to stop", "ordered", "REQUEST", "yield", MYS, ("them", None, "UAF"), S13, None,
      mod="demanded"),
    E("boarded the dhow", "boarded", "COERCE", None, ("Marine commandos", "IND", "MIL"),
      ("the dhow", None, "UAF"), S13, None),
    E("apprehended the pirates", "apprehended", "COERCE", "arrest",
      ("Marine commandos", "IND", "MIL"), ("the pirates", None, "UAF"), S13, None,
      cl="rj-mysore-arrest"),
    E("recovered the arms", "recovered", "COERCE", "seize", ("Marine commandos", "IND", "MIL"),
      None, S13, None, cl="rj-mysore-seize"),
    E("had sunk a mother ship", "sunk", "ASSAULT", None, TAB,
      ("a mother ship of the pirates", None, "UAF"), NOV08, None, speaker=PTI, mod="reported"),
    E("had also rescued", "rescued", "AID", None, TAB, ("two merchant vessels", None, "BUS"),
      NOV08, None, speaker=PTI, mod="reported", cl="rj-tabar-rescue"),
    E("vessels under attack", "attack", "ASSAULT", None, None,
      ("two merchant vessels", None, "BUS"), NOV08, None, speaker=PTI, mod="reported",
      cl="rj-tabar-rescue-attack"),
    E("INS Tabar sunk a fishing", "sunk", "ASSAULT", None, ("INS Tabar", "IND", "MIL"),
      ("a fishing trawler", None, "BUS"), d("2008-11-19", True), None, speaker=PTI,
      mod="reported", cl="rj-tabar-trawler"),
    E("its deployment on November 2", "deployment", "MOBILIZE", "troops", ("its", "IND", "MIL"),
      None, d("2008-11-02", True), None, speaker=PTI, mod="reported"),
], source="ecbplus:12_1ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 04-05 (ECB+ 12_10ecbplus, 12_11ecbplus): INS Sukanya, Thursday 10 November
# 2011, told by two more outlets (rec_i told it by three).
# --------------------------------------------------------------------------
T10 = d("2011-11-10")
X, H = T("ecbplus:12_10ecbplus")
SUK = ("INS Sukanya", "IND", "MIL")
A("04", "Hindustan Times", "2011-11-12", H, X, [
    E("Sukanya intercepts pirate", "intercepts", "COERCE", "arrest", SUK,
      ("pirate ships", None, "UAF"), None, None, cl="rj-suk-arrest"),
    E("arms seized\n", "seized", "COERCE", "seize", None, None, None, None, cl="rj-suk-seize"),
    E("has foiled a piracy", "foiled", "COERCE", None, ("Indian navy", "IND", "MIL"), None, None,
      None, cl="rj-suk-foil"),
    E("piracy attempt on 5", "attempt", "ASSAULT", None, None,
      ("5 Indian merchant vessels", "IND", "BUS"), None, None, cl="rj-suk-attack"),
    E("Sukanya intercepted 3", "intercepted", "COERCE", "arrest",
      ("Navy's frigate INS Sukanya", "IND", "MIL"), ("3 pirate ships", None, "UAF"), None, None,
      cl="rj-suk-arrest"),
    E("seized arms and ammunition", "seized", "COERCE", "seize",
      ("Navy's frigate INS Sukanya", "IND", "MIL"), ("the pirates", None, "UAF"), None, None,
      cl="rj-suk-seize"),
    E("anti - piracy operation.\n", "operation", "COERCE", None, None, None, None, None,
      cl="rj-suk-foil"),
    E("This operation was part", "operation", "COERCE", None, None, None, None, None,
      cl="rj-suk-foil"),
], source="ecbplus:12_10ecbplus")

X, H = T("ecbplus:12_11ecbplus")
SPOKE = ("a defence spokesperson", "a defence spokesperson said")
A("05", "The Indian Express", "2011-11-12", H, X, [
    E("Sukanya foils piracy", "foils", "COERCE", None, ("INS Sukanya", "IND", "MIL"), None, T10,
      "Gulf of Eden", cl="rj-suk-foil"),
    E("foils piracy attempt in Gulf", "attempt", "ASSAULT", None, None, None, T10,
      "Gulf of Eden", cl="rj-suk-attack"),
    E("on Thursday foiled", "foiled", "COERCE", None, ("Warship INS Sukanya", "IND", "MIL"), None,
      T10, "Gulf of Aden", cl="rj-suk-foil"),
    E("foiled a piracy attempt in the Gulf", "attempt", "ASSAULT", None, None, None, T10,
      "Gulf of Aden", cl="rj-suk-attack"),
    E("The ship was escorting", "escorting", "AID", None, ("The ship", "IND", "MIL"),
      ("a group of five merchant vessels", None, "BUS"), T10, None, cl="rj-suk-escort"),
    E("the bid occurred", "bid", "ASSAULT", None, None, None, T10, None, cl="rj-suk-attack"),
    E("fifth anti - piracy operation", "operation", "COERCE", None, ("the warship", "IND", "MIL"),
      None, T10, None, cl="rj-suk-foil"),
    E("it was sent for patrol", "sent", "MOBILIZE", "troops", None, None, mo("2011-09", True),
      "Gulf of Aden"),
    E("altered to intercept", "intercept", "COERCE", "arrest", ("INS Sukanya", "IND", "MIL"),
      ("boats", None, "UAF"), T10, None, cl="rj-suk-arrest"),
    E("boats targeting the", "targeting", "ASSAULT", None, ("boats", None, "UAF"),
      ("the merchant vessels", None, "BUS"), T10, None, cl="rj-suk-attack"),
    E("The incident occurred", "incident", "ASSAULT", None, None, None, T10, None, speaker=SPOKE,
      mod="reported", cl="rj-suk-attack"),
    E("boarding - and - search operations", "boarding", "COERCE", "seize", None,
      ("the other three", None, "UAF"), T10, None, speaker=SPOKE, mod="reported",
      cl="rj-suk-board"),
    E("were seized from the boats", "seized", "COERCE", "seize", None, ("the boats", None, "UAF"),
      T10, None, cl="rj-suk-seize"),
], source="ecbplus:12_11ecbplus")


# --------------------------------------------------------------------------
# 06-07 (ECB+ 3_5ecbplus, 3_7ecbplus): a Texas inmate pulls a gun on two
# guards on Monday 30 November 2009, told by two outlets.
# --------------------------------------------------------------------------
M30 = d("2009-11-30")
COM = ("Texas convict Arcade Joseph Comeaux Jr.", "USA", "UAF")
X, H = T("ecbplus:3_5ecbplus")
A("06", "New York Daily News", "2009-12-03", H, X, [
    E("pulls gun on guards", "pulls gun", "THREATEN", "violence", COM, ("guards", "USA", "COP"), M30,
      None, mod="threatened", cl="rj-comeaux-gun"),
    E("he pulled a gun on two guards", "pulled a gun", "THREATEN", "violence",
      (("he", "he pulled a gun"), "USA", "UAF"), ("two guards", "USA", "COP"), M30, None, mod="threatened",
      cl="rj-comeaux-gun"),
    E("Both guards were released", "released", "RETREAT", "release", None,
      ("Both guards", "USA", "COP"), M30, P("the Baytown area", "Baytown"), cl="rj-comeaux-release"),
    E("being forced to drive", "forced", "ASSAULT", "abduct", None, ("Both guards", "USA", "COP"),
      M30, None, cl="rj-comeaux-hostage"),
], source="ecbplus:3_5ecbplus")

X, H = T("ecbplus:3_7ecbplus")
A("07", "WIBW", "2009-11-30", H, X, [
    E("after pulling a gun", "pulling a gun", "THREATEN", "violence",
      ("A Texas inmate", "USA", "UAF"), ("two guards", "USA", "COP"), M30, "Houston",
      speaker="a Texas prison statement", mod="threatened", cl="rj-comeaux-gun"),
], source="ecbplus:3_7ecbplus",
  note="not printed: 'according to a Texas prison statement Monday' is Monday 30 November 2009, "
       "the day of the escape and of the report")

# --------------------------------------------------------------------------
# 08-09 (ECB+ 26_13ecb, 26_9ecb): Gaetano Lo Presti, arrested in the Palermo
# sweep of Tuesday 16 December 2008, found dead in his cell.
# --------------------------------------------------------------------------
T16 = d("2008-12-16")
NOTE_LP = ("not printed: Lo Presti was re-arrested in the sweep of Tuesday 16 December 2008 "
           "and hanged himself late that night; the report is of the next day, 17 December")
X, H = T("ecbplus:26_13ecb", "police sources have said.")
A("08", "unknown", "2008-12-17", H, X, [
    E("arrested in a high-profile", "arrested", "COERCE", "arrest", None,
      ("A suspected Mafia boss", "ITA", "UAF"), T16, None, cl="rj-lopresti-arrest"),
    E("previously convicted", "convicted", "SANCTION", "convict", None, ("who", "ITA", "UAF"),
      None, None),
    E("re-arrest on Tuesday", "re-arrest", "COERCE", "arrest", None, ("his", "ITA", "UAF"), T16,
      None, cl="rj-lopresti-arrest"),
], source="ecbplus:26_13ecb", note=NOTE_LP)

X, H = T("ecbplus:26_9ecb", "'commission '.")
A("09", "unknown", "2008-12-17", H, X, [
    E("his arrest in a police bust", "arrest", "COERCE", "arrest", None, ("his", "ITA", "UAF"), T16,
      None, cl="rj-lopresti-arrest"),
], source="ecbplus:26_9ecb", note=NOTE_LP)

# --------------------------------------------------------------------------
# 10-11 (ECB+ 8_4ecb, 8_6ecb): the Woodburn bank bombing of Friday 12
# December 2008 and the bomb-threat calls before it.
# --------------------------------------------------------------------------
F12 = d("2008-12-12")
NOTE_WB = ("not printed: the bombing was late on Friday 12 December 2008; the report is of "
           "Saturday 13 December ('The police said Saturday' in 8_6ecb)")
X, H = T("ecbplus:8_4ecb", "a bomb technician.")
A("10", "unknown", "2008-12-13", H, X, [
    E("A bomb exploded at an Oregon", "exploded", "ASSAULT", "explosives", None,
      ("an Oregon bank", "USA", "BUS"), F12, "Woodburn", cl="rj-woodburn-bomb"),
    E("at which time the bomb exploded", "exploded", "ASSAULT", "explosives", None, None, F12,
      None, cl="rj-woodburn-bomb"),
    E("contacted by an individual and told", "told", "THREATEN", "violence",
      ("an individual", "USA", "UAF"), ("a Wells Fargo Bank", "USA", "BUS"), F12, None,
      mod="threatened"),
    E("with a similar warning", "warning", "THREATEN", "violence", None,
      ("the West Coast Bank", "USA", "BUS"), F12, None, mod="threatened"),
], source="ecbplus:8_4ecb", note=NOTE_WB)

X, H = T("ecbplus:8_6ecb", "bomb disposal technician.")
A("11", "unknown", "2008-12-13", H, X, [
    E("bank killed a local", "killed", "ASSAULT", "explosives", None,
      ("a local police officer and a state bomb disposal technician", "USA", "COP"), F12,
      P("Woodburn", "Woodburn"), speaker="Oregon State Police", mod="reported",
      cl="rj-woodburn-bomb"),
    E("scene of the explosion", "explosion", "ASSAULT", "explosives", None, None, F12, None,
      speaker=("The police", "The police said Saturday"), mod="reported", cl="rj-woodburn-bomb"),
], source="ecbplus:8_6ecb", note=NOTE_WB)

# --------------------------------------------------------------------------
# 12 (ECB+ 11_3ecb): Turkmenistan's election of Sunday 14 December 2008, a
# near look-alike: only the critics' dismissal is an event.
# --------------------------------------------------------------------------
X, H = T("ecbplus:11_3ecb", "as a sham.")
A("12", "unknown", "2008-12-14", H, X, [
    E("dismissed by critics", "dismissed", "ACCUSE", "disapprove", ("critics", None, None),
      ("the government", "TKM", "GOV"), None, None),
], source="ecbplus:11_3ecb",
  note="not printed: 'cast ballots Sunday' is the parliamentary election of Sunday 14 December "
       "2008, reported that day")

# --------------------------------------------------------------------------
# 13-14 (GeoVirus): a poisoned-liquor arrest in Kibera; the European
# Commission's aid for Zimbabwe's cholera outbreak.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-120", "largest slum.")
A("13", "Wikinews", "2005-06-01", H, X, [
    E("liquor was arrested", "arrested", "COERCE", "arrest", None, ("The woman", "KEN", "CVL"),
      None, None),
    E("Authorities are investigating", "investigating", "ACCUSE", "investigate",
      ("Authorities", "KEN", "GOV"), None, None, None),
], source="geovirus:geovirus-120",
  note="approximate: the text prints no date and nothing in it depends on one")

X, H = T("geovirus:geovirus-159", "(WHO).")
A("14", "Wikinews", "2008-11-30", H, X, [
    E("it was providing", "providing", "AID", None, (("it", "it was providing"), None, "IGO"),
      ("Zimbabwe", "ZWE", None), None, None, speaker="The European Commission", mod="reported"),
    E("call upon the authorities", "call", "REQUEST", None, ("I", None, "IGO"),
      ("the authorities there", "ZWE", "GOV"), None, None,
      speaker="the commissioner responsible for the European Union's humanitarian aid, Louis Michel",
      mod="demanded"),
    E("Other agencies providing aid", "aid", "AID", None, ("Other agencies", None, None),
      ("the country", "ZWE", None), None, None),
], source="geovirus:geovirus-159",
  note="approximate: the WHO's toll of almost 500 deaths (484 by the ministry's count) dates "
       "the article to the end of November 2008")

# ==========================================================================
# Own texts (CC BY 4.0, this project).
# --------------------------------------------------------------------------
# 15-17: the killing of Mauritanian herders near Fassala (Wednesday 6 March
# 2024) told by three outlets: Reuters from Nouakchott, Xinhua from Bamako,
# and an AFP brief that relays Mali's denial through two outlets.
# --------------------------------------------------------------------------
W06, F08, S09 = d("2024-03-06"), d("2024-03-08"), d("2024-03-09")
X = ("Mauritania summons Mali's ambassador after herders killed near border\n"
     "NOUAKCHOTT, March 8 (Reuters) - Mauritania summoned Mali's ambassador on Friday to protest "
     "the killing of seven Mauritanian herders by armed men near the border town of Fassala, the "
     "foreign ministry said.\n"
     "The herders were shot dead on Wednesday as they watered their cattle at a well about 10 km "
     "inside Malian territory, two local officials told Reuters.\n"
     "The ministry accused \"Malian armed forces and their foreign partners\" of carrying out the "
     "killings and demanded an independent investigation.\n"
     "Mali's army denied that its soldiers had been in the area, saying in a statement read on state "
     "broadcaster ORTM that its units had \"not carried out any operation near Fassala this week\".\n"
     "The government in Bamako said it was ready to open a joint inquiry if Nouakchott shared the "
     "evidence it held.\n"
     "Mauritanian President Mohamed Ould Ghazouani warned that his country would close the border to "
     "Malian traders if such attacks continued, according to the private Sahara Medias website, which "
     "quoted a presidential adviser.\n"
     "In April 2022, dozens of Mauritanians were killed in a similar incident near the same border, "
     "an attack that Nouakchott also blamed on Malian troops and Russian mercenaries. A year later, "
     "Ghazouani sent his defence minister to Bamako for talks.\n"
     "Mali has denied any role in both incidents.")
NKC = P(("NOUAKCHOTT", 1), "Nouakchott")
MINM = ("the foreign ministry", "the foreign ministry said")
MAF = ("\"Malian armed forces and their foreign partners", None, "MIL")
GHA = ("Mauritanian President Mohamed Ould Ghazouani", "MRT", "GOV")
GHR = ["a presidential adviser", "the private Sahara Medias website"]
A("15", "Reuters", "2024-03-08", X.split("\n")[0], X, [
    E("Mauritania summons", "summons", "ACCUSE", "disapprove", ("Mauritania", "MRT", "GOV"),
      ("Mali's ambassador", "MLI", "GOV"), F08, None, cl="rj-mrt-summon"),
    E("herders killed near border", "killed", "ASSAULT", None, None, ("herders", "MRT", "CVL"), W06,
      None, cl="rj-fassala-killing"),
    E("Mauritania summoned", "summoned", "ACCUSE", "disapprove", ("Mauritania", "MRT", "GOV"),
      ("Mali's ambassador", "MLI", "GOV"), F08, NKC, speaker=MINM, mod="reported",
      cl="rj-mrt-summon"),
    E("the killing of seven", "killing", "ASSAULT", None, ("armed men", None, "UAF"),
      ("seven Mauritanian herders", "MRT", "CVL"), W06, "Fassala", speaker=MINM, mod="reported",
      cl="rj-fassala-killing"),
    E("were shot dead on Wednesday", "shot dead", "ASSAULT", "firearms", None,
      ("The herders", "MRT", "CVL"), W06, None, speaker="two local officials", mod="reported",
      cl="rj-fassala-killing"),
    E("The ministry accused", "accused", "ACCUSE", "allege", ("The ministry", "MRT", "GOV"),
      (MAF[0][1:], None, "MIL"), None, None),
    E("carrying out the killings", "killings", "ASSAULT", None, (MAF[0][1:], None, "MIL"), None, W06,
      None, speaker="The ministry", mod="reported", cl="rj-fassala-killing"),
    E("demanded an independent", "demanded", "REQUEST", None, ("The ministry", "MRT", "GOV"), None,
      None, None, mod="demanded"),
    E("Mali's army denied", "denied", "REJECT", None, ("Mali's army", "MLI", "MIL"), None, None,
      None, relays=["state broadcaster ORTM"]),
    E("any operation near Fassala", "operation", "MOBILIZE", "troops", ("its units", "MLI", "MIL"),
      None, wk("2024-W10"), "Fassala", speaker="Mali's army", relays=["state broadcaster ORTM"],
      mod="denied"),
    E("ready to open a joint", "ready", "AGREE", None, (("it", "it was ready"), "MLI", "GOV"),
      ("Nouakchott", "MRT", "GOV"), None, None, speaker="The government in Bamako",
      mod="conditional", cond="if Nouakchott shared the evidence it held"),
    E("Nouakchott shared the evidence", "shared", "COOPERATE", None, ("Nouakchott", "MRT", "GOV"),
      None, None, None, speaker="The government in Bamako", mod="hypothetical"),
    E("Ghazouani warned", "warned", "THREATEN", "restrict", GHA, ("Malian traders", "MLI", "BUS"),
      None, None, relays=GHR, mod="threatened"),
    E("if such attacks continued", "attacks", "ASSAULT", None, None, None, None, None,
      speaker=GHA[0], relays=GHR, mod="hypothetical"),
    E("dozens of Mauritanians were killed", "killed", "ASSAULT", None, None,
      ("dozens of Mauritanians", "MRT", "CVL"), mo("2022-04", True), None, cl="rj-2022-killing"),
    E("also blamed on", "blamed", "ACCUSE", "allege", ("Nouakchott", "MRT", "GOV"),
      ("Malian troops and Russian mercenaries", None, "MIL"), None, None),
    E("defence minister to Bamako for talks", "talks", "CONSULT", "visit",
      ("his defence minister", "MRT", "GOV"), ("Bamako", "MLI", "GOV"), yr("2023"), "Bamako"),
    E("Mali has denied any role", "denied", "REJECT", None, ("Mali", "MLI", "GOV"), None, None,
      None),
])

X = ("Mali rejects Mauritanian accusations over border killings\n"
     "BAMAKO, March 9 (Xinhua) -- The Malian government on Saturday rejected accusations by "
     "Mauritania that its army was behind the killing of seven herders near the common border "
     "earlier this week.\n"
     "In a communique read on national television, government spokesman Colonel Abdoulaye Maiga "
     "said the Malian armed forces \"have never targeted civilians\" and called the accusations \"a "
     "campaign of disinformation\".\n"
     "Maiga said Bamako had invited Mauritania's ambassador to the foreign ministry on Saturday to "
     "hand him a note of protest over what he called \"hostile statements.\"\n"
     "According to Mauritanian news agency AMI, Nouakchott on Friday summoned Mali's ambassador over "
     "the killings, which took place on Wednesday near the town of Fassala.\n"
     "The two countries signed a border security agreement in 2022 after a series of incidents in "
     "which Mauritanian nationals were killed.")
MAI = "government spokesman Colonel Abdoulaye Maiga"
AMI = "Mauritanian news agency AMI"
A("16", "Xinhua", "2024-03-09", X.split("\n")[0], X, [
    E("Mali rejects", "rejects", "REJECT", None, ("Mali", "MLI", "GOV"),
      ("Mauritanian", "MRT", "GOV"), S09, None, cl="rj-mli-reject"),
    E("over border killings", "killings", "ASSAULT", None, None, None, W06, None,
      cl="rj-fassala-killing"),
    E("was behind the killing", "killing", "ASSAULT", None, ("its army", "MLI", "MIL"),
      ("seven herders", "MRT", "CVL"), W06, None, speaker="The Malian government", mod="denied",
      cl="rj-fassala-killing"),
    E("have never targeted", "targeted", "ASSAULT", None, ("the Malian armed forces", "MLI", "MIL"),
      ("civilians", None, "CVL"), None, None, speaker=MAI, relays=["national television"],
      mod="denied"),
    E("called the accusations", "called", "ACCUSE", "disapprove", (MAI, "MLI", "GOV"), None, None,
      None, relays=["national television"]),
    E("had invited Mauritania's", "invited", "ACCUSE", "disapprove", ("Bamako", "MLI", "GOV"),
      ("Mauritania's ambassador", "MRT", "GOV"), S09, P(("BAMAKO", 1), "Bamako"),
      speaker=("Maiga", "Maiga said Bamako"), mod="reported"),
    E("what he called", "called", "ACCUSE", "disapprove", (("he", "he called"), "MLI", "GOV"),
      None, None, None),
    E("Nouakchott on Friday summoned", "summoned", "ACCUSE", "disapprove",
      ("Nouakchott", "MRT", "GOV"), ("Mali's ambassador", "MLI", "GOV"), F08, None, speaker=AMI,
      mod="reported", cl="rj-mrt-summon"),
    E("the killings, which took place", "killings", "ASSAULT", None, None, None, W06,
      P("the town of Fassala", "Fassala"), speaker=AMI, mod="reported", cl="rj-fassala-killing"),
    E("signed a border security", "signed", "SUPPORT", None, ("The two countries", None, "GOV"),
      None, yr("2022"), None),
])

X = ("Mali army denies role in Mauritanian herders' deaths\n"
     "BAMAKO (AFP) - Mali's army on Friday denied that its troops had killed seven Mauritanian "
     "herders near the border, the official AMAP news agency reported, citing a statement broadcast "
     "on ORTM television.\n"
     "\"The Malian armed forces did not cross into Mauritania and did not open fire on anyone,\" the "
     "statement said.\n"
     "Mauritania's foreign ministry had summoned Mali's ambassador earlier on Friday and accused "
     "Malian soldiers and Russian paramilitaries of the killings, which happened on Wednesday near "
     "Fassala.\n"
     "Russian state news agency RIA Novosti quoted an unnamed Malian officer as saying that the "
     "herders had been caught in crossfire between soldiers and \"terrorists\".")
AMAP = [("ORTM television", 1), ("the official AMAP news agency", 1)]
A("17", "AFP", "2024-03-08", X.split("\n")[0], X, [
    E("denies role in", "denies", "REJECT", None, ("Mali army", "MLI", "MIL"), None, F08, None,
      cl="rj-mli-denial"),
    E("its troops had killed", "killed", "ASSAULT", None, ("its troops", "MLI", "MIL"),
      ("seven Mauritanian herders", "MRT", "CVL"), W06, None, speaker="Mali's army",
      relays=AMAP, mod="denied", cl="rj-fassala-killing"),
    E("did not cross into Mauritania", "cross", "COERCE", None,
      ("The Malian armed forces", "MLI", "MIL"), ("Mauritania", "MRT", None), W06, None,
      speaker="the statement", relays=AMAP, mod="denied"),
    E("did not open fire on anyone", "open fire", "ASSAULT", "firearms",
      ("The Malian armed forces", "MLI", "MIL"), None, W06, None, speaker="the statement",
      relays=AMAP, mod="denied", cl="rj-fassala-killing"),
    E("had summoned Mali's", "summoned", "ACCUSE", "disapprove",
      ("Mauritania's foreign ministry", "MRT", "GOV"), ("Mali's ambassador", "MLI", "GOV"), F08,
      None, cl="rj-mrt-summon"),
    E("and accused Malian soldiers", "accused", "ACCUSE", "allege",
      ("Mauritania's foreign ministry", "MRT", "GOV"),
      ("Malian soldiers and Russian paramilitaries", None, "MIL"), F08, None),
    E("of the killings, which happened", "killings", "ASSAULT", None,
      ("Malian soldiers and Russian paramilitaries", None, "MIL"), None, W06, "Fassala",
      speaker=("Mauritania's foreign ministry", 1), mod="reported", cl="rj-fassala-killing"),
    E("caught in crossfire", "crossfire", "ASSAULT", "firearms", ("soldiers", "MLI", "MIL"),
      (("terrorists", "crossfire between"), None, "REB"), W06, None,
      speaker="an unnamed Malian officer",
      relays=["Russian state news agency RIA Novosti"], mod="reported"),
])

# --------------------------------------------------------------------------
# 18: Guinea's opposition threatens protests on a condition; the threat is
# relayed through Facebook and a website, the junta's reply through RTG.
# --------------------------------------------------------------------------
M14, S13G = d("2024-10-14"), d("2024-10-13")
X = ("Guinea opposition threatens nationwide protests over election timetable\n"
     "CONAKRY, Oct 14 (Reuters) - Guinea's main opposition coalition threatened on Monday to call "
     "nationwide protests if the ruling junta did not publish a timetable for a return to civilian "
     "rule by the end of the month.\n"
     "\"If the transition charter is not respected, we will take to the streets from Nov. 1,\" "
     "coalition spokesman Aliou Bah said in a post on Facebook, according to the Guineenews website.\n"
     "The junta's spokesman, Ousmane Gaoual Diallo, told the state broadcaster RTG that the "
     "government \"will not give in to blackmail\" and warned that any unauthorised demonstration "
     "would be dispersed.\n"
     "Security forces arrested three coalition members at a meeting in the Ratoma district of "
     "Conakry on Sunday, a lawyer for the men said. Police did not comment.\n"
     "The coalition said on Sunday that two of its leaders, abducted in July, were still missing. "
     "The junta has denied holding them.\n"
     "Protests against the junta in October 2022 left at least five people dead after security "
     "forces opened fire, according to rights group Amnesty International.\n"
     "West African bloc ECOWAS urged both sides to resume dialogue, a statement relayed by Senegal's "
     "APS news agency said.")
DIA = ("The junta's spokesman, Ousmane Gaoual Diallo", "GIN", "GOV")
RTG = ["the state broadcaster RTG"]
AMN = "rights group Amnesty International"
A("18", "Reuters", "2024-10-14", X.split("\n")[0], X, [
    E("opposition threatens", "threatens", "THREATEN", None, ("Guinea opposition", "GIN", "OPP"),
      None, M14, None, mod="threatened", cl="rj-gin-threat"),
    E("coalition threatened on Monday", "threatened", "THREATEN", None,
      ("Guinea's main opposition coalition", "GIN", "OPP"), ("the ruling junta", "GIN", "GOV"), M14,
      P(("CONAKRY", 1), "Conakry"), mod="threatened", cl="rj-gin-threat"),
    E("we will take to the streets", "take to the streets", "THREATEN", None, ("we", "GIN", "OPP"),
      None, M14, None, speaker="coalition spokesman Aliou Bah",
      relays=["Facebook", "the Guineenews website"], mod="threatened", cl="rj-gin-threat"),
    E("will not give in", "give in", "CONCEDE", None, ("the government", "GIN", "GOV"), None, None,
      None, speaker=DIA[0], relays=RTG, mod="negated"),
    E("warned that any unauthorised", "warned", "THREATEN", "violence", DIA, None, None, None,
      relays=RTG, mod="threatened", cl="rj-gin-warning"),
    E("unauthorised demonstration", "demonstration", "PROTEST", "demo", None, None, None, None,
      speaker=DIA[0], relays=RTG, mod="hypothetical"),
    E("Security forces arrested", "arrested", "COERCE", "arrest", ("Security forces", "GIN", "COP"),
      ("three coalition members", "GIN", "OPP"), S13G, P("Conakry", "Conakry"),
      speaker="a lawyer for the men", mod="reported", cl="rj-gin-arrest"),
    E("abducted in July", "abducted", "ASSAULT", "abduct", None,
      ("two of its leaders", "GIN", "OPP"), mo("2024-07", True), None, speaker="The coalition",
      mod="reported", cl="rj-gin-abduct"),
    E("denied holding them", "holding", "COERCE", "arrest", ("The junta", "GIN", "GOV"),
      ("them", "GIN", "OPP"), None, None, speaker="The junta", mod="denied", cl="rj-gin-holding"),
    E("Protests against the junta", "Protests", "PROTEST", "demo", None,
      ("the junta", "GIN", "GOV"), mo("2022-10", True), None, speaker=AMN, mod="reported"),
    E("forces opened fire", "opened fire", "ASSAULT", "firearms", ("security forces", "GIN", "COP"),
      None, mo("2022-10", True), None, speaker=AMN, mod="reported"),
    E("ECOWAS urged both sides", "urged", "REQUEST", None, ("West African bloc ECOWAS", None, "IGO"),
      ("both sides", "GIN", None), None, None,
      relays=["a statement", "Senegal's APS news agency"], mod="demanded"),
])

# --------------------------------------------------------------------------
# 19: Sudan accuses Chad of letting supply flights for the RSF land; Chad's
# rebuttal denies the act (Batch h), the RSF claims a drone on Telegram.
# --------------------------------------------------------------------------
M03 = d("2025-02-03")
X = ("Sudan's army accuses Chad of opening airport to RSF supply flights; N'Djamena denies\n"
     "PORT SUDAN, Feb 3 (Reuters) - Sudan's army-aligned government on Monday accused neighbouring "
     "Chad of allowing cargo flights carrying weapons for the paramilitary Rapid Support Forces (RSF) "
     "to land at an airport in the east of the country, and said it reserved the right to respond.\n"
     "Foreign Minister Ali Youssef told a news conference in Port Sudan that at least 40 flights had "
     "landed at Amdjarass since November, citing intelligence reports. He did not present evidence.\n"
     "Chad's government spokesman Abderaman Koulamallah rejected the accusation as \"baseless,\" "
     "saying Chad \"has never delivered and will never deliver arms to any party\" in Sudan's war.\n"
     "\"We are a neutral country that hosts more than a million Sudanese refugees,\" he said on "
     "national radio.\n"
     "The RSF, which has been fighting the army since April 2023, said on its Telegram channel that "
     "its forces had shot down an army drone over El Fasher on Sunday. The army did not comment on "
     "the claim.\n"
     "The United Nations panel of experts said in a report in January that it had found the "
     "allegations of arms deliveries through Chad \"credible\".")
SGOV = ("Sudan's army-aligned government", "SDN", "GOV")
KOU = "Chad's government spokesman Abderaman Koulamallah"
A("19", "Reuters", "2025-02-03", X.split("\n")[0], X, [
    E("army accuses Chad", "accuses", "ACCUSE", "allege", ("Sudan's army", "SDN", "MIL"),
      ("Chad", "TCD", "GOV"), M03, None, cl="rj-sdn-accuse"),
    E("of opening airport", "opening", "AID", None, ("Chad", "TCD", "GOV"), ("RSF", "SDN", "REB"),
      None, None, speaker="N'Djamena", mod="denied", cl="rj-chad-flights"),
    E("on Monday accused neighbouring", "accused", "ACCUSE", "allege", SGOV,
      ("neighbouring Chad", "TCD", "GOV"), M03, P(("PORT SUDAN", 1), "Port Sudan"),
      cl="rj-sdn-accuse"),
    E("of allowing cargo", "allowing", "AID", None, ("neighbouring Chad", "TCD", "GOV"),
      ("the paramilitary Rapid Support Forces (RSF)", "SDN", "REB"), None, None,
      speaker=SGOV[0], mod="reported", cl="rj-chad-flights"),
    E("it reserved the right", "reserved", "THREATEN", None, (("it", "it reserved"), "SDN", "GOV"),
      None, M03, P(("PORT SUDAN", 1), "Port Sudan"), speaker=SGOV[0], mod="threatened"),
    E("has never delivered", "delivered", "AID", None, (("Chad", "saying Chad"), "TCD", "GOV"),
      ("any party", None, None), None, None, speaker=KOU, mod="denied", cl="rj-chad-flights"),
    E("will never deliver arms", ("deliver", "will never deliver arms"), "AID", None,
      (("Chad", "saying Chad"), "TCD", "GOV"),
      ("any party", None, None), None, None, speaker=KOU, mod="negated"),
    E("had shot down an army drone", "shot down", "ASSAULT", None, ("its forces", "SDN", "REB"),
      ("an army drone", "SDN", "MIL"), d("2025-02-02"), "El Fasher", speaker="The RSF",
      relays=["its Telegram channel"], mod="reported"),
    E("arms deliveries through Chad", "deliveries", "AID", None, None, None, None, None,
      speaker="The United Nations panel of experts", mod="reported"),
])

# --------------------------------------------------------------------------
# 20: Chibok ten years on: recollections with explicit and relative dates.
# --------------------------------------------------------------------------
A14 = d("2014-04-14", True)
X = ("Ten years after Chibok, parents of missing schoolgirls still wait\n"
     "MAIDUGURI, Nigeria, April 14 (AP) - Ten years ago on Sunday, Boko Haram fighters stormed the "
     "Government Girls Secondary School in Chibok and abducted 276 schoolgirls from their "
     "dormitories, an attack that drew worldwide outrage.\n"
     "Fifty-seven of the girls escaped by jumping from the trucks that night. In October 2016, the "
     "Nigerian government secured the release of 21 girls after negotiations brokered by the "
     "International Committee of the Red Cross and the Swiss government. Seven months later, 82 more "
     "were freed in exchange for five Boko Haram commanders.\n"
     "\"They promised us in 2014 that our daughters would be home within weeks,\" said Yana Galang, "
     "whose daughter is among those still missing. \"We are still waiting.\"\n"
     "President Bola Tinubu's spokesman said on Saturday that the government \"remains committed\" to "
     "bringing the remaining girls home and would not negotiate with terrorists \"at the expense of "
     "national security.\"\n"
     "Kidnappings for ransom have since spread across northern Nigeria. Last month, gunmen abducted "
     "more than 130 pupils from a school in Kuriga, in Kaduna state; they were released two weeks "
     "later. The government said no ransom was paid.\n"
     "Amnesty International on Sunday accused successive governments of failing to protect schools "
     "and urged authorities to prosecute those responsible.")
BH = ("Boko Haram fighters", "NGA", "REB")
ICRC = ("the International Committee of the Red Cross and the Swiss government", None, None)
A("20", "AP", "2024-04-14", X.split("\n")[0], X, [
    E("fighters stormed the", "stormed", "ASSAULT", None, BH,
      ("the Government Girls Secondary School", "NGA", "EDU"), A14, "Chibok",
      cl="rj-chibok-storm"),
    E("abducted 276 schoolgirls", "abducted", "ASSAULT", "abduct", BH,
      ("276 schoolgirls", "NGA", "EDU"), A14, "Chibok", cl="rj-chibok-abduct"),
    E("secured the release of 21", "release", "RETREAT", "release", None, ("21 girls", "NGA", "EDU"),
      mo("2016-10", True), None),
    E("negotiations brokered", "negotiations", "CONSULT", "third-party", ICRC, None,
      mo("2016-10", True), None),
    E("82 more were freed", "freed", "RETREAT", "release", None, ("82 more", "NGA", "EDU"),
      mo("2017-05", True), None),
    E("in exchange for five", "exchange", "RETREAT", "release", None,
      ("five Boko Haram commanders", "NGA", "REB"), mo("2017-05", True), None),
    E("They promised us", "promised", "AGREE", None, ("They", "NGA", "GOV"), ("us", "NGA", "CVL"),
      yr("2014"), None, speaker="Yana Galang", mod="reported"),
    E("would not negotiate", "negotiate", "CONSULT", None, ("the government", "NGA", "GOV"),
      ("terrorists", "NGA", "REB"), None, None, speaker="President Bola Tinubu's spokesman",
      mod="negated"),
    E("gunmen abducted more", "abducted", "ASSAULT", "abduct", ("gunmen", "NGA", "UAF"),
      ("more than 130 pupils", "NGA", "EDU"), mo("2024-03", True), "Kuriga",
      cl="rj-kuriga-abduct"),
    E("they were released two", "released", "RETREAT", "release", None, ("they", "NGA", "EDU"),
      mo("2024-03", True), None),
    E("Sunday accused successive", "accused", "ACCUSE", "allege",
      ("Amnesty International", None, "NGO"), ("successive governments", "NGA", "GOV"),
      d("2024-04-14"), None),
    E("urged authorities", "urged", "REQUEST", None, ("Amnesty International", None, "NGO"),
      ("authorities", "NGA", "GOV"), d("2024-04-14"), None, mod="demanded"),
])

# --------------------------------------------------------------------------
# 21: a look-alike with no events: a chess round told in war figures (fictional players).
# --------------------------------------------------------------------------
X = ("Rao storms Lund's fortress to seize Candidates lead\n"
     "TORONTO, April 20 (Reuters) - Indian grandmaster Arjun Rao launched a ferocious attack on "
     "the kingside on Saturday, sacrificed a knight and forced Erik Lund to surrender after 41 "
     "moves, seizing the lead in the Candidates tournament with one round to play.\n"
     "Lund, who had threatened to withdraw from the event last year over its schedule, resigned "
     "when checkmate became unavoidable and declined to speak to reporters.\n"
     "\"I decided to go to war from the first move,\" Rao told the tournament's broadcast. \"You "
     "cannot defend against Lund for six hours, so I attacked.\"\n"
     "Fans in Chennai took to the streets to celebrate, and India's chess federation said it would "
     "reward the 17-year-old with a bonus.\n"
     "Russia's Pavel Orlov, who had besieged the leaders all week, blundered a rook against "
     "Daniel Price and was forced to accept a draw.\n"
     "Organisers rejected a protest by Price's team over the lighting in the playing hall.")
A("21", "Reuters", "2024-04-20", X.split("\n")[0], X, [])

# ==========================================================================
# Real texts, second group (22-27).
# ==========================================================================
TEXTS['ecbplus:3_4ecbplus'] = (
    "Texas Prison Escapee Added to U. S. Marshals '15 Most Wanted' List\n"
    'The U. S. Marshals have added to their ” 15 Most Wanted “ list of fugitives a man serving three life sentences who escaped custody during his transport from Huntsville, Texas, to Stiles, Texas.\n'
    'During the escape, Arcade Joseph Comeaux, Jr. allegedly produced a weapon and fired upon two correctional officers, took them hostage and forced them to drive to Baytown, Texas, where he restrained the officers in the back of the van, took their firearms and one of their uniforms.\n'
    'Comeaux ’ s escape is all the more surprising since authorities had mistakenly believed he was paralyzed following a stroke, and was wheelchair bound.\n'
    'Comeaux fled on foot following his escape.\n'
    'Comeaux was in prison after being convicted of aggravated sexual assault of a child and aggravated assault with a deadly weapon.\n'
    'According to Texas authorities, the weapons conviction stemmed from a 1999 incident where he stabbed his wife 17 times while she was visiting him in prison.'
)
TEXTS['ecbplus:3_8ecbplus'] = (
    'Escape renews calls for prison agency shake - up\n'
    'November 30, 2009\n'
    'After facing serious questions about how 900 prohibited cell phones were smuggled into Texas prisons this year, along with drugs and weapons, the Texas Department of Criminal Justice found itself on the defensive again Tuesday while trying to find an inmate who escaped despite being shackled to a wheelchair.\n'
    'TDCJ officials could answer few questions about how convicted rapist Arcade Joseph Comeaux Jr., 49, escaped Monday from a prison van in Baytown after pulling a gun and handcuffing two transport officers, stealing their three guns and walking away.\n'
    'He remains on the loose today.\n'
    'Comeaux escaped Monday morning as transport officers tried to move him in a TDCJ van from the Estelle prison unit in Huntsville to the Stiles Unit in Beaumont.\n'
    "He put on one officer's gray uniform and black boots, then stole a 12 - gauge shotgun and two semi - automatic pistols before fleeing on foot, leaving his pistol behind."
)
TEXTS['ecbplus:12_16ecb'] = (
    'Commandos from an Indian warship today caught pirates in the act in the Gulf of Aden and took 23 of them into custody, a spokesperson at naval headquarters said.\n'
    'Indian naval ship Mysore, a destroyer, picked up a distress call from merchant vessel Gibe, which flies an Ethiopian flag, when it was 13 nautical miles (about 24km) from the cargo ship.\n'
    'Details of what exactly happened are still awaited.\n'
    'The Gibe was about 150 nautical miles (about 277km) from Aden when the pirates, said to be in a dhow or fishing vessel named Salaluddin, fired at it and tried to board it, according to information available now.\n'
    'Two speedboats suspected to be carrying more pirates were approaching the Gibe.\n'
    "The navy spokesperson said marine commandos from the Mysore flew in the destroyer's embarked helicopter, boarded the Salaluddin and caught 12 Somalis and 11 Yemenis.\n"
    'They also confiscated seven AK-47s, a 5.56mm and a 7.62mm rifles, a grenade launcher, three outboard motors (used to power dinghies or inflatable rafts), a handheld global positioning system and mobile phones.\n'
    'The pirates in the speedboats fled.\n'
    'The Mysore is tasked to patrol a 480-nautical-mile corridor from Bab-el-Mandab in the west to the mouth of the Gulf of Aden.\n'
    'It is required to be in touch with merchant vessels within a 15-nautical-mile radius at all times.\n'
    'Last month, marine commandos from INS Tabar were reported to have rescued two cargo vessels that were being attacked.\n'
    "Later, the Tabar fired at and sank a Thai trawler that the Indian Navy said was a pirate ``mother vessel''.\n"
    'The Mysore will eventually replace the Tabar in patrolling the Gulf of Aden and off the coast of Somalia.\n'
    'A much larger ship than the frigate, the Mysore was deployed because it is capable of staying out at sea longer without having to replenish frequently.'
)
TEXTS['ecbplus:19_4ecb'] = (
    'Violent protests in Europe borne out of deeper frustrations\n'
    'They gripped rocks and stones, looking ready for a fight.\n'
    "But the five young men - sons of a dentist, merchants, a state tax collector - stood in the shadow of the University of Athens before another day of battle in the Greek capital's running street protests.\n"
    "``What I feel when I see this,'' said one young man, a hard plastic helmet covering his curly brown hair, ``is that I am loving my city more than ever.\n"
    'Because we are all here.\n'
    'Because we are discussing, really, what is going on here.\n'
    'The system has failed us.\n'
    "The politicians failed us.''\n"
    "``I do feel bad when I see property burned,'' said a man wearing ski goggles and a dark blue jacket.\n"
    "``But this is a statement, a manifestation of what we see has gone wrong here.''\n"
    'For more than a week, Greece has been shaken by a rebellion.\n'
    'A deadly police shooting Dec. 6 in Athens of Alexandros Grigoropoulos, 15, was killed touched off the first riots.\n'
    'Then something else stirred.\n'
    'A coming-of-age generation from Thessaloniki to Athens rose up to attack dozens of police stations, occupy university campuses and prompt the closing of the international airport.\n'
    'Some of their demands are immediate:\n'
    'They want police banned from carrying guns.\n'
    'Others are less defined:\n'
    'They are looking for government to change.\n'
    "The center-right government of Costas Karamanlis, increasingly unpopular amid mounting economic problems, didn't anticipate or understand how the anger had spiraled.\n"
    'The youth were suddenly lashing out at all that ails Greece: a weak government, an economy that remains one of the poorest of the European Union and their own bleak job prospects.\n'
    'They looted businesses, pelted police with stones and ran amok near government banks, offices and university campuses with Molotov cocktails.\n'
    'About 100 people have been injured.\n'
    'Property damage is an estimated $2 million.\n'
    'Talk of what happened in Athens and Thessaloniki has spread to Italy and Spain, which have had protests of their own.\n'
    'Few of the dozen people interviewed in Athens said they had a permanent job or a job that guaranteed a pension.\n'
    "Many older spectators said they are sympathetic - even if they didn't like the ruin left behind.\n"
    '``I feel sorry for the young, ``said 40-year-old Tsikala Stephania, a public sector worker.\n'
    "``They don't see much of a future, and they have to show their wrath in some way.''"
)
TEXTS['ecbplus:19_10ecbplus'] = (
    'Dozens "Riot" Over NYPD\'s Fatal Shooting Of Brooklyn Teen\n'
    'Yesterday, the police explained that officers shot and killed a 16 - year - old Kimani Gray in Brooklyn because he allegedly pointed a gun at the cops.\n'
    'However, his relatives are skeptical of the police account—his sister Mahnefah Gray said, "He has common sense...\n'
    'They killed my little brother for no reason. "\n'
    'Tonight, a crowd gathered to mourn his death—and protest police treatment.\n'
    'Police said two Brooklyn South Anti Crime plainclothes officers had been on patrol when they noticed young males near 473 East 52nd Street.\n'
    'According to the NYPD\'s statement, the cops noticed one "break away from the group upon noticing the police.\n'
    'The male... adjusted his waistband and continued to act in a suspicious manner.\n'
    'The officers exited their unmarked auto and attempted to engage the suspect, who turned on them, and pointed a. 38 caliber revolver at the officers.\n'
    'Both officers fired at the suspect, striking him about the body. "\n'
    'A witness told the Daily News "The cops, they just jumped out of the car so fast,.\n'
    'They started shooting him and he went down, he was bleeding, holding his side, screaming, \'stop, stop. \'"\n'
    'Another witness described the scene to PIX11, "He was running for his life, telling the cops, \'Stop. \'\n'
    'They really are, seriously, walking around, shooting little kids. ”\n'
    'Tonight, a large crowd gathered to remember Gray, and it apparently became unruly as the crowd walked between the shooting location and the 67th Precinct at Snyder Avenue near Nostrand—there were reports that bottles were thrown at police officers.\n'
    'NBC New York estimated the crowd at 70, and the Post says a crowd looted a Rite Aid.\n'
    'The manager said, "They poured in here like 40 or 50 of them.\n'
    'They pulled the registers off the counters, they flipped over everything.\n'
    'They punched me in the face.\n'
    'Several of them did, not just one [person.]\n'
    'It was insane. "\n'
    'City Council Member Jumaane Williams lamented that a "peaceful vigil that devolved into a riot.\n'
    'The youth in this community have no outlets for their anger, no community center. "\n'
    'NYPD spokesman Paul Browne had said yesterday, "After the anti - crime sergeant and police officer told the suspect to show his hands, which was heard by witnesses, Gray produced a revolver and pointed it at the officers, who fired a total of 11 rounds, striking Gray several times. "\n'
    'Police sources also told the News that "Gray has four prior arrests, including charges of grand larceny, possession of stolen property and inciting a riot. "\n'
    "Still, Gray's sister Mahnefah Gray said that a witness told her that Kimani was adjusting for his belt and that even if he had a gun, he wouldn't point it at the police.\n"
    'At this point (10: 30 p. m.), the police said that the crowd has dispersed and that there was one arrest, with no injuries to police or civilians (the Post says three people were injured).'
)
TEXTS['ecbplus:26_4ecb'] = (
    'The alleged Mafia boss of a Palermo neighborhood hanged himself in jail, hours after he was arrested in a blitz against Cosa Nostra, police in Sicily said Wednesday.\n'
    'Carabinieri paramilitary police in Palermo said Gaetano Lo Presti, 52, hanged himself in his cell in a Palermo jail Tuesday evening, hours after he was arrested in the raid.'
)

# --------------------------------------------------------------------------
# 22-23 (ECB+ 3_4ecbplus, 3_8ecbplus): the Comeaux escape in the U.S.
# Marshals' notice and the Houston Chronicle.
# --------------------------------------------------------------------------
X, H = T("ecbplus:3_4ecbplus")
COJ = (("Arcade Joseph Comeaux, Jr.", 1), "USA", "UAF")
A("22", "U.S. Marshals Service", "2009-12-02", H, X, [
    E("Escapee Added to", "Added", "SANCTION", None, None,
      ("Texas Prison Escapee", "USA", "UAF"), None, None, cl="rj-comeaux-list"),
    E("Marshals have added", "added", "SANCTION", None, ("The U. S. Marshals", "USA", "COP"),
      ("a man serving three life sentences", "USA", "UAF"), None, None, cl="rj-comeaux-list"),
    E("allegedly produced a weapon", "produced", "THREATEN", "violence", COJ,
      ("two correctional officers", "USA", "COP"), None, None, mod="threatened",
      cl="rj-comeaux-gun"),
    E("fired upon two", "fired upon", "ASSAULT", "firearms", COJ,
      ("two correctional officers", "USA", "COP"), None, None),
    E("took them hostage", "hostage", "ASSAULT", "abduct", COJ, ("them", "USA", "COP"), None, None,
      cl="rj-comeaux-hostage"),
    E("took their firearms", ("took", "took their firearms"), "COERCE", "seize", COJ, ("their", "USA", "COP"), None,
      P("Baytown", "Baytown"), cl="rj-comeaux-guns"),
    E("after being convicted of", "convicted", "SANCTION", "convict", None, ("Comeaux", "USA", "UAF"),
      None, None, cl="rj-comeaux-conviction"),
    E("the weapons conviction", "conviction", "SANCTION", "convict", None, None, None, None,
      speaker="Texas authorities", mod="reported", cl="rj-comeaux-conviction"),
    E("he stabbed his wife", "stabbed", "ASSAULT", None, (("he", "he stabbed"), "USA", "UAF"),
      ("his wife", "USA", "CVL"), yr("1999"), None, speaker="Texas authorities", mod="reported",
      cl="rj-comeaux-stab"),
], source="ecbplus:3_4ecbplus",
  note="approximate: the notice prints no date; Comeaux escaped on 30 November 2009 and was "
       "caught on 5 December, so the listing falls in between")

X, H = T("ecbplus:3_8ecbplus")
TDCJ = ("the Texas Department of Criminal Justice", "USA", "GOV")
CR = ("convicted rapist Arcade Joseph Comeaux Jr.", "USA", "UAF")
A("23", "Houston Chronicle", "2009-12-01", H, X, [
    E("renews calls for", "calls", "REQUEST", "change", None, ("prison agency", "USA", "GOV"), None,
      None, mod="demanded"),
    E("trying to find an inmate", "find", "MOBILIZE", "police", TDCJ, ("an inmate", "USA", "UAF"),
      d("2009-12-01"), None, cl="rj-comeaux-search"),
    E("after pulling a gun", "pulling a gun", "THREATEN", "violence", CR,
      ("two transport officers", "USA", "COP"), M30, P("Baytown", "Baytown"), mod="threatened",
      cl="rj-comeaux-gun"),
    E("handcuffing two", "handcuffing", "ASSAULT", "abduct", CR,
      ("two transport officers", "USA", "COP"), M30, P("Baytown", "Baytown"),
      cl="rj-comeaux-hostage"),
    E("stealing their three guns", "stealing", "COERCE", "seize", CR,
      (("their", "stealing their"), "USA", "COP"), M30, P("Baytown", "Baytown"),
      cl="rj-comeaux-guns"),
    E("then stole a 12", "stole", "COERCE", "seize", ("He", "USA", "UAF"), None, M30, None,
      cl="rj-comeaux-guns"),
], source="ecbplus:3_8ecbplus",
  note="the printed 'November 30, 2009' is the first version's date; the text reports Tuesday "
       "(1 December 2009) as the day of writing ('again Tuesday', 'escaped Monday', 'today')")

# --------------------------------------------------------------------------
# 24 (ECB+ 12_16ecb): the INS Mysore capture of Saturday 13 December 2008 in
# a fourth outlet, with INS Tabar's November actions recalled.
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_16ecb", "naval headquarters said.")
NSP = ("a spokesperson at naval headquarters", "a spokesperson at naval headquarters said")
MCM = ("marine commandos from the Mysore", "IND", "MIL")
A("24", "unknown", "2008-12-13", H, X, [
    E("today caught pirates", "caught", "COERCE", "arrest",
      ("Commandos from an Indian warship", "IND", "MIL"), ("pirates", None, "UAF"), S13,
      "Gulf of Aden", speaker=NSP, mod="reported", cl="rj-mysore-arrest"),
    E("fired at it and tried", "fired", "ASSAULT", "firearms", ("the pirates", None, "UAF"),
      ("it", "ETH", "BUS"), S13, None, speaker="information available now", mod="reported",
      cl="rj-gibe-attack"),
    E("boarded the Salaluddin", "boarded", "COERCE", None, MCM, ("the Salaluddin", None, "UAF"),
      S13, None, speaker="The navy spokesperson", mod="reported"),
    E("caught 12 Somalis", "caught", "COERCE", "arrest", MCM, ("12 Somalis and 11 Yemenis", None, "UAF"),
      S13, None, speaker="The navy spokesperson", mod="reported", cl="rj-mysore-arrest"),
    E("They also confiscated", "confiscated", "COERCE", "seize", ("They", "IND", "MIL"), None, S13,
      None, cl="rj-mysore-seize"),
    E("were reported to have rescued", "rescued", "AID", None,
      ("marine commandos from INS Tabar", "IND", "MIL"), ("two cargo vessels", None, "BUS"), NOV08,
      None, cl="rj-tabar-rescue"),
    E("were being attacked", "attacked", "ASSAULT", None, None, ("that", None, "BUS"), NOV08, None,
      cl="rj-tabar-rescue-attack"),
    E("Tabar fired at and sank", "fired", "ASSAULT", None, ("the Tabar", "IND", "MIL"),
      ("a Thai trawler", "THA", "BUS"), NOV08, None, cl="rj-tabar-trawler"),
    E("the Mysore was deployed", "deployed", "MOBILIZE", "troops", None, None, None, None),
], source="ecbplus:12_16ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 25 (ECB+ 19_4ecb): an analysis of the Greek riots a week after the killing
# of 6 December 2008.
# --------------------------------------------------------------------------
X, H = T("ecbplus:19_4ecb")
A("25", "AP", "2008-12-15", H, X, [
    E("A deadly police shooting", "shooting", "ASSAULT", "firearms", ("police", "GRC", "COP"),
      ("Alexandros Grigoropoulos", "GRC", "CVL"), d("2008-12-06", True), "Athens",
      cl="rj-grig-shoot"),
    E("touched off the first riots", "riots", "PROTEST", "riot", None, None, d("2008-12-06", True),
      None),
    E("They looted businesses", "looted", "PROTEST", "vandalize", ("They", "GRC", "CVL"),
      ("businesses", "GRC", "BUS"), None, None),
    E("pelted police with stones", "pelted", "PROTEST", "riot", ("They", "GRC", "CVL"),
      ("police", "GRC", "COP"), None, None),
], source="ecbplus:19_4ecb",
  note="approximate: not printed; 'For more than a week' after the 6 December 2008 shooting "
       "puts the article in the middle of December 2008")

# --------------------------------------------------------------------------
# 26 (ECB+ 19_10ecbplus): Gothamist on the Kimani Gray shooting and the
# night of Monday 11 March 2013 in East Flatbush.
# --------------------------------------------------------------------------
M11 = d("2013-03-11")
X, H = T("ecbplus:19_10ecbplus")
NST = ("the NYPD's statement", 1)
BRO = "NYPD spokesman Paul Browne"
A("26", "Gothamist", "2013-03-11", H, X, [
    E("Dozens \"Riot\"", "Riot", "PROTEST", "riot", ("Dozens", "USA", "CVL"), None, M11, None,
      cl="rj-ef-riot"),
    E("NYPD's Fatal Shooting", "Shooting", "ASSAULT", "firearms", ("NYPD's", "USA", "COP"),
      ("Brooklyn Teen", "USA", "CVL"), None, None, cl="rj-gray-shoot"),
    E("officers shot and killed", "shot", "ASSAULT", "firearms", ("officers", "USA", "COP"),
      ("a 16 - year - old Kimani Gray", "USA", "CVL"), None, "Brooklyn", speaker="the police",
      mod="reported", cl="rj-gray-shoot"),
    E("allegedly pointed a gun", "pointed", "THREATEN", "violence", (("he", "he allegedly"), "USA", "CVL"),
      ("the cops", "USA", "COP"), None, None, speaker="the police", mod="threatened",
      cl="rj-gray-gun"),
    E("They killed my little brother", "killed", "ASSAULT", None, ("They", "USA", "COP"),
      ("my little brother", "USA", "CVL"), None, None,
      speaker=("his sister Mahnefah Gray", 1), mod="reported", cl="rj-gray-shoot"),
    E("and protest police treatment", "protest", "PROTEST", "demo", ("a crowd", "USA", "CVL"), None,
      M11, None, cl="rj-ef-vigil"),
    E("attempted to engage the suspect", "engage", "COERCE", None, ("The officers", "USA", "COP"),
      ("the suspect", "USA", "CVL"), None, None, speaker=NST, mod="reported"),
    E("pointed a. 38", "pointed", "THREATEN", "violence", ("who", "USA", "CVL"),
      ("the officers", "USA", "COP"), None, None, speaker=NST, mod="threatened", cl="rj-gray-gun"),
    E("Both officers fired", "fired", "ASSAULT", "firearms", ("Both officers", "USA", "COP"),
      ("the suspect", "USA", "CVL"), None, None, speaker=NST, mod="reported", cl="rj-gray-shoot"),
    E("They started shooting him", "shooting", "ASSAULT", "firearms", ("They", "USA", "COP"),
      ("him", "USA", "CVL"), None, None, speaker=("A witness", 1), relays=[("the Daily News", 1)],
      mod="reported", cl="rj-gray-shoot"),
    E("a large crowd gathered to remember", "gathered", "PROTEST", "demo",
      ("a large crowd", "USA", "CVL"), None, M11, None, cl="rj-ef-vigil"),
    E("apparently became unruly", "unruly", "PROTEST", "riot", (("it", "it apparently"), "USA", "CVL"),
      None, M11, None, cl="rj-ef-riot"),
    E("bottles were thrown", "thrown", "PROTEST", "riot", None, ("police officers", "USA", "COP"),
      M11, None, speaker="reports", mod="reported"),
    E("a crowd looted a Rite Aid", "looted", "PROTEST", "vandalize", ("a crowd", "USA", "CVL"),
      ("a Rite Aid", "USA", "BUS"), M11, None, speaker="the Post", mod="reported",
      cl="rj-ef-loot"),
    E("They pulled the registers", "pulled", "PROTEST", "vandalize", ("They", "USA", "CVL"), None,
      M11, None, speaker=("The manager", 1), mod="reported", cl="rj-ef-loot"),
    E("They punched me", "punched", "ASSAULT", "beat", ("They", "USA", "CVL"), ("me", "USA", "BUS"),
      M11, None, speaker=("The manager", 1), mod="reported"),
    E("peaceful vigil that", "vigil", "PROTEST", "demo", None, None, M11, None,
      speaker="City Council Member Jumaane Williams", mod="reported", cl="rj-ef-vigil"),
    E("devolved into a riot", "riot", "PROTEST", "riot", None, None, M11, None,
      speaker="City Council Member Jumaane Williams", mod="reported", cl="rj-ef-riot"),
    E("told the suspect to show", "told", "REQUEST", "yield",
      ("the anti - crime sergeant and police officer", "USA", "COP"), ("the suspect", "USA", "CVL"),
      None, None, speaker=BRO, mod="demanded"),
    E("pointed it at the officers", "pointed", "THREATEN", "violence", ("Gray", "USA", "CVL"),
      ("the officers", "USA", "COP"), None, None, speaker=BRO, mod="threatened", cl="rj-gray-gun"),
    E("who fired a total", "fired", "ASSAULT", "firearms", ("who", "USA", "COP"), None, None, None,
      speaker=BRO, mod="reported", cl="rj-gray-shoot"),
    E("he wouldn't point it", "point", "THREATEN", "violence", (("he", "he wouldn't"), "USA", "CVL"),
      ("the police", "USA", "COP"), None, None, speaker=("a witness", "a witness told her"),
      relays=[("Gray's sister Mahnefah Gray", 1)], mod="denied", cl="rj-gray-gun"),
    E("there was one arrest", "arrest", "COERCE", "arrest", None, None, M11, None,
      speaker=("the police", "the police said that the crowd"), mod="reported"),
], source="ecbplus:19_10ecbplus",
  note="not printed in the text: the cut URL line dates the post 2013/03/11; 'Tonight' is Monday "
       "11 March 2013")

# --------------------------------------------------------------------------
# 27 (ECB+ 26_4ecb): Lo Presti's arrest told by police in Sicily.
# --------------------------------------------------------------------------
X, H = T("ecbplus:26_4ecb", "police in Sicily said Wednesday.")
A("27", "unknown", "2008-12-17", H, X, [
    E("he was arrested in a blitz", "arrested", "COERCE", "arrest", None,
      (("he", "he was arrested in a blitz"), "ITA", "UAF"), T16, None, speaker="police in Sicily",
      mod="reported", cl="rj-lopresti-arrest"),
    E("he was arrested in the raid", "arrested", "COERCE", "arrest", None,
      (("he", "he was arrested in the raid"), "ITA", "UAF"), T16, None,
      speaker="Carabinieri paramilitary police in Palermo", mod="reported",
      cl="rj-lopresti-arrest"),
], source="ecbplus:26_4ecb",
  note="not printed: 'police in Sicily said Wednesday' is Wednesday 17 December 2008, the day "
       "after the sweep of Tuesday 16 December")

# --------------------------------------------------------------------------
# 28: the Guinea story of article 18 in a second outlet (AFP); shared
# clusters for the threat, the junta's warning, the arrests, the abduction
# and the denial of holding the activists.
# --------------------------------------------------------------------------
X = ("Guinea's opposition gives junta until end of month, threatens street protests\n"
     "CONAKRY (AFP) - Guinea's main opposition alliance on Monday threatened to return to the "
     "streets from November 1 unless the military government announced a date for elections, in a "
     "statement its spokesman Aliou Bah posted on Facebook.\n"
     "The junta, which seized power in a coup in September 2021, has promised to hand power back to "
     "civilians by the end of 2024, a deadline agreed with the West African bloc ECOWAS.\n"
     "Government spokesman Ousmane Gaoual Diallo said on RTG that \"no one will be allowed to disturb "
     "public order\" and that security forces would \"act firmly.\"\n"
     "On Sunday, police detained three opposition members at a meeting in Conakry's Ratoma district, "
     "their lawyer Mohamed Traore told AFP. They were released without charge late on Sunday.\n"
     "Two prominent activists of the FNDC civil-society movement, Oumar Sylla, known as Fonike "
     "Mengue, and Mamadou Billo Bah, have been missing since they were seized by armed men in "
     "Conakry on July 9. Their relatives accuse the security forces of abducting them; the "
     "government says it is not holding them and has opened an investigation.")
GDIA = "Government spokesman Ousmane Gaoual Diallo"
J09 = d("2024-07-09", True)
A("28", "AFP", "2024-10-14", X.split("\n")[0], X, [
    E("threatens street protests", "threatens", "THREATEN", None, ("Guinea's opposition", "GIN", "OPP"),
      ("junta", "GIN", "GOV"), M14, None, mod="threatened", cl="rj-gin-threat"),
    E("on Monday threatened to return", "threatened", "THREATEN", None,
      ("Guinea's main opposition alliance", "GIN", "OPP"), ("the military government", "GIN", "GOV"),
      M14, P(("CONAKRY", 1), "Conakry"), relays=["its spokesman Aliou Bah", "Facebook"],
      mod="threatened", cl="rj-gin-threat"),
    E("which seized power", "seized power", "COERCE", None, ("which", "GIN", "MIL"), None,
      mo("2021-09", True), None),
    E("has promised to hand", "promised", "AGREE", None, ("The junta", "GIN", "MIL"),
      ("civilians", "GIN", "CVL"), None, None),
    E("a deadline agreed with", "agreed", "AGREE", None, None,
      ("the West African bloc ECOWAS", None, "IGO"), None, None),
    E("no one will be allowed", "allowed", "COERCE", "restrict", None, None, None, None,
      speaker=GDIA, relays=["RTG"], mod="future", cl="rj-gin-ban"),
    E("would \"act firmly", "act", "THREATEN", None, ("security forces", "GIN", "COP"), None, None,
      None, speaker=GDIA, relays=["RTG"], mod="threatened", cl="rj-gin-warning"),
    E("police detained three", "detained", "COERCE", "arrest", ("police", "GIN", "COP"),
      ("three opposition members", "GIN", "OPP"), S13G, P("Conakry", "Conakry"),
      speaker="their lawyer Mohamed Traore", mod="reported", cl="rj-gin-arrest"),
    E("They were released without", "released", "RETREAT", "release", None, ("They", "GIN", "OPP"),
      S13G, None),
    E("they were seized by armed men", "seized", "ASSAULT", "abduct", ("armed men", None, "UAF"),
      (("they", "they were seized"), "GIN", "CVL"), J09, P("Conakry", "Conakry"),
      cl="rj-gin-abduct"),
    E("Their relatives accuse", "accuse", "ACCUSE", "allege", ("Their relatives", "GIN", "CVL"),
      ("the security forces", "GIN", "COP"), None, None),
    E("of abducting them", "abducting", "ASSAULT", "abduct", ("the security forces", "GIN", "COP"),
      ("them", "GIN", "CVL"), J09, None, speaker="Their relatives", mod="reported",
      cl="rj-gin-abduct"),
    E("it is not holding them", "holding", "COERCE", "arrest", (("it", "it is not holding"), "GIN", "GOV"),
      ("them", "GIN", "CVL"), None, None, speaker="the government", mod="denied",
      cl="rj-gin-holding"),
    E("has opened an investigation", "investigation", "ACCUSE", "investigate",
      ("the government", "GIN", "GOV"), None, None, None),
])

# --------------------------------------------------------------------------
# 29: Kosovo marks a year since the Banjska attack (24 September 2023):
# recollections with explicit and relative dates, a relay chain through two
# outlets, a denial, a claim of responsibility and a conditional measure.
# --------------------------------------------------------------------------
B24, T24 = d("2023-09-24", True), d("2024-09-24")
X = ("Kosovo marks a year since Banjska attack; Serbia rejects blame\n"
     "PRISTINA, Sept 24 (Reuters) - Kosovo on Tuesday marked the first anniversary of an attack by "
     "armed Serbs on its police in the northern village of Banjska, as Prime Minister Albin Kurti "
     "again accused Belgrade of organising the assault and demanded that Serbia hand over its "
     "alleged leader.\n"
     "On Sept. 24, 2023, about 30 masked gunmen ambushed a Kosovo police patrol near Banjska, killing "
     "police sergeant Afrim Bunjaku, and then barricaded themselves in a Serbian Orthodox monastery. "
     "Three of the attackers were killed in a gun battle with police that lasted several hours.\n"
     "Five days later, Milan Radoicic, then vice-president of the main Kosovo Serb party, said "
     "through his lawyer that he had organised the attack alone and that Belgrade had not known "
     "about it.\n"
     "\"Serbia must extradite Radoicic and face the consequences of state-sponsored terrorism,\" Kurti "
     "told a commemoration in Pristina, according to the Kosovo Online portal, which cited the "
     "public broadcaster RTK.\n"
     "Serbian President Aleksandar Vucic has repeatedly denied that Belgrade was behind the attack "
     "and said Radoicic would face justice in Serbia. Serbian prosecutors have questioned Radoicic "
     "but have not charged him.\n"
     "The European Union, which mediates talks between the two sides, urged both to refrain from "
     "\"unilateral steps.\" Washington said it would consider further measures against those "
     "responsible if Serbia did not cooperate.")
KUR = ("Prime Minister Albin Kurti", "XKX", "GOV")
KREL = ["the public broadcaster RTK", "the Kosovo Online portal"]
VUC = ("Serbian President Aleksandar Vucic", "SRB", "GOV")
RAD = "Milan Radoicic, then vice-president of the main Kosovo Serb party"
PRI = P(("PRISTINA", 1), "Pristina")
A("29", "Reuters", "2024-09-24", X.split("\n")[0], X, [
    E("Banjska attack;", "attack", "ASSAULT", None, None, None, B24, "Banjska",
      cl="rj-banjska-attack"),
    E("Serbia rejects blame", "rejects", "REJECT", None, ("Serbia", "SRB", "GOV"), None, None, None),
    E("anniversary of an attack", "attack", "ASSAULT", None, ("armed Serbs", "XKX", "UAF"),
      ("its police", "XKX", "COP"), B24, P("the northern village of Banjska", "Banjska"),
      cl="rj-banjska-attack"),
    E("again accused Belgrade", "accused", "ACCUSE", "allege", KUR, ("Belgrade", "SRB", "GOV"), T24,
      PRI),
    E("organising the assault", "assault", "ASSAULT", None, ("Belgrade", "SRB", "GOV"), None, B24,
      None, speaker=KUR[0], mod="reported", cl="rj-banjska-attack"),
    E("demanded that Serbia", "demanded", "REQUEST", "yield", KUR, ("Serbia", "SRB", "GOV"), T24,
      PRI, mod="demanded"),
    E("gunmen ambushed", "ambushed", "ASSAULT", None, ("about 30 masked gunmen", "XKX", "UAF"),
      ("a Kosovo police patrol", "XKX", "COP"), B24, "Banjska", cl="rj-banjska-attack"),
    E("in a gun battle with police", "gun battle", "ASSAULT", "firearms", ("police", "XKX", "COP"),
      ("Three of the attackers", "XKX", "UAF"), B24, None),
    E("had organised the attack alone", "attack", "ASSAULT", None,
      (("he", "he had organised"), "XKX", "UAF"), None, B24, None, speaker=RAD,
      relays=["his lawyer"], mod="reported", cl="rj-banjska-attack"),
    E("Serbia must extradite", "extradite", "COOPERATE", None, ("Serbia", "SRB", "GOV"), None, None,
      None, speaker=("Kurti", "Kurti told"), relays=KREL, mod="demanded"),
    E("face the consequences", "consequences", "THREATEN", None, (("Kurti", "Kurti told"), "XKX", "GOV"),
      ("Serbia", "SRB", "GOV"), T24, "Pristina", speaker=("Kurti", "Kurti told"), relays=KREL,
      mod="threatened"),
    E("state-sponsored terrorism", "terrorism", "ACCUSE", "allege",
      (("Kurti", "Kurti told"), "XKX", "GOV"), ("Serbia", "SRB", "GOV"), T24, "Pristina",
      speaker=("Kurti", "Kurti told"), relays=KREL, mod="reported"),
    E("Belgrade was behind the attack", "attack", "ASSAULT", None, ("Belgrade", "SRB", "GOV"), None,
      B24, None, speaker=VUC[0], mod="denied", cl="rj-banjska-attack"),
    E("would face justice", "face justice", "THREATEN", "arrest", VUC, ("Radoicic", "XKX", "UAF"),
      None, None, speaker=VUC[0], mod="threatened"),
    E("prosecutors have questioned", "questioned", "ACCUSE", "investigate",
      ("Serbian prosecutors", "SRB", "JUD"), ("Radoicic", "XKX", "UAF"), None, None),
    E("have not charged him", "charged", "ACCUSE", "allege", ("Serbian prosecutors", "SRB", "JUD"),
      ("him", "XKX", "UAF"), None, None, mod="negated"),
    E("urged both to refrain", "urged", "REQUEST", None, ("The European Union", None, "IGO"),
      ("both", None, "GOV"), None, None, mod="demanded"),
    E("would consider further measures", "measures", "SANCTION", None,
      (("it", "it would consider"), "USA", "GOV"), ("those responsible", None, "UAF"), None, None,
      speaker="Washington", mod="conditional", cond="if Serbia did not cooperate"),
    E("Serbia did not cooperate", "cooperate", "COOPERATE", None, ("Serbia", "SRB", "GOV"), None,
      None, None, speaker="Washington", mod="hypothetical"),
])

# --------------------------------------------------------------------------
# 30: a look-alike with no events: a locust outbreak told as a war.
# --------------------------------------------------------------------------
X = ("Locust swarms invade northern Kenya as farmers fight back\n"
     "NAIROBI, Jan 20 (Reuters) - Desert locust swarms the size of cities have invaded northern "
     "Kenya, devouring crops and pasture in the worst outbreak in 70 years, officials said on "
     "Monday.\n"
     "Farmers in Isiolo banged pots and pans and fired shots into the air to drive the insects away, "
     "while government teams sprayed pesticide from the air.\n"
     "\"This is an invasion, and we are at war with it,\" agriculture official Francis Kimani told "
     "the Daily Nation. \"We have deployed five aircraft and we will defeat it.\"\n"
     "Experts warned the swarms could multiply 500-fold by June if rains continue, threatening the "
     "food supply of millions.\n"
     "The outbreak has already ravaged parts of Ethiopia and Somalia, where authorities declared a "
     "national emergency this month.")
A("30", "Reuters", "2020-01-20", X.split("\n")[0], X, [])

# --------------------------------------------------------------------------
# 31: Somali federal troops and Jubaland forces clash (Wednesday 11 December
# 2024); conditional threat relayed by a statement, a station and a site;
# accusations, a denial in the next sentence, dueling warrants recalled.
# --------------------------------------------------------------------------
W11 = d("2024-12-11")
NOV24 = mo("2024-11", True)
X = ("Somali federal troops and Jubaland forces clash near Kenyan border\n"
     "MOGADISHU, Dec 12 (Reuters) - Somali federal troops and forces loyal to Jubaland's regional "
     "leader Ahmed Madobe clashed on Wednesday in the border town of Ras Kamboni, leaving several "
     "soldiers dead, residents and officials said.\n"
     "Jubaland's security minister Yusuf Hussein Dhumal said his forces had \"repelled an attack\" and "
     "captured dozens of federal soldiers, some of whom fled across the border into Kenya.\n"
     "The federal defence ministry said its troops had been \"ambushed\" while on a routine deployment "
     "and accused Jubaland of \"collaborating with al Shabaab.\" Jubaland denied the charge.\n"
     "Madobe warned that Jubaland would cut all ties with Mogadishu if federal troops were not "
     "withdrawn from the region within a week, according to a statement carried by the Jubaland TV "
     "station and shared by the Garowe Online news site.\n"
     "The dispute escalated last month after Madobe was re-elected in a vote the federal government "
     "called illegal. A Mogadishu court then issued an arrest warrant for Madobe, and a Jubaland "
     "court responded days later with a warrant for President Hassan Sheikh Mohamud.\n"
     "Kenya, which has troops in Jubaland under the African Union mission, urged both sides to show "
     "restraint. Kenyan police said they had detained about 50 Somali soldiers who crossed the "
     "border and would hand them over to the African Union.")
FED = ("Somali federal troops", "SOM", "MIL")
DHU = "Jubaland's security minister Yusuf Hussein Dhumal"
FDM = ("The federal defence ministry", "SOM", "GOV")
MREL = ["a statement", "the Jubaland TV station", "the Garowe Online news site"]
A("31", "Reuters", "2024-12-12", X.split("\n")[0], X, [
    E("Jubaland forces clash", "clash", "ASSAULT", None, FED, ("Jubaland forces", "SOM", "MIL"), W11,
      None, cl="rj-rask-clash"),
    E("clashed on Wednesday", "clashed", "ASSAULT", None, FED,
      ("forces loyal to Jubaland's regional leader Ahmed Madobe", "SOM", "MIL"), W11,
      P("the border town of Ras Kamboni", "Ras Kamboni"), speaker="residents and officials",
      mod="reported", cl="rj-rask-clash"),
    E("\"repelled an attack", "repelled", "COERCE", None, ("his forces", "SOM", "MIL"), None, W11,
      None, speaker=DHU, mod="reported"),
    E("repelled an attack\"", "attack", "ASSAULT", None, None, None, W11, None, speaker=DHU,
      mod="reported", cl="rj-rask-clash"),
    E("captured dozens of federal", "captured", "ASSAULT", "abduct", ("his forces", "SOM", "MIL"),
      ("dozens of federal soldiers", "SOM", "MIL"), W11, None, speaker=DHU, mod="reported"),
    E("\"ambushed\"", "ambushed", "ASSAULT", None, None, ("its troops", "SOM", "MIL"), W11, None,
      speaker=FDM[0], mod="reported", cl="rj-rask-clash"),
    E("accused Jubaland", "accused", "ACCUSE", "allege", FDM, ("Jubaland", "SOM", "GOV"), None, None),
    E("collaborating with al Shabaab", "collaborating", "COOPERATE", None,
      (("Jubaland", "accused Jubaland"), "SOM", "GOV"), ("al Shabaab", "SOM", "REB"), None, None,
      speaker=FDM[0], mod="reported", cl="rj-jub-collab"),
    E("Jubaland denied the charge", "denied", "REJECT", None,
      (("Jubaland", "Jubaland denied the charge"), "SOM", "GOV"), None,
      None, None),
    E("Madobe warned", "warned", "THREATEN", "relations", ("Madobe", "SOM", "GOV"),
      ("Mogadishu", "SOM", "GOV"), None, None, relays=MREL, mod="threatened"),
    E("were not withdrawn", "withdrawn", "RETREAT", "withdraw", None,
      ("federal troops", "SOM", "MIL"), None, None, speaker=("Madobe", "Madobe warned"),
      relays=MREL, mod="hypothetical"),
    E("government called illegal", "called", "ACCUSE", "disapprove",
      ("the federal government", "SOM", "GOV"), None, None, None),
    E("issued an arrest warrant", "warrant", "ACCUSE", "allege", ("A Mogadishu court", "SOM", "JUD"),
      ("Madobe", "SOM", "GOV"), NOV24, None),
    E("with a warrant for President", ("warrant", "with a warrant for President"), "ACCUSE", "allege",
      ("a Jubaland court", "SOM", "JUD"), ("President Hassan Sheikh Mohamud", "SOM", "GOV"), NOV24,
      None),
    E("urged both sides to show", "urged", "REQUEST", None, ("Kenya", "KEN", "GOV"),
      ("both sides", "SOM", None), None, None, mod="demanded"),
    E("had detained about 50", "detained", "COERCE", "arrest", (("they", "they had detained"), "KEN", "COP"),
      ("about 50 Somali soldiers", "SOM", "MIL"), None, None, speaker="Kenyan police",
      mod="reported"),
    E("would hand them over", "hand them over", "RETREAT", "release",
      (("they", "they had detained"), "KEN", "COP"), None, None, None, speaker="Kenyan police",
      mod="future"),
])

# ==========================================================================
# Real texts, third group (32-38).
# ==========================================================================
TEXTS['ecbplus:3_6ecbplus'] = (
    "'Armed and Dangerous' Texas Inmate on The Loose\n"
    'Published November 30, 2009\n'
    'The Texas Department of Criminal Justice is searching for an escaped inmate who is considered armed and dangerous, MyFoxHouston. com reports.\n'
    'Officials said Arcade Joseph Comeaux Jr., 49, took two transport officers hostage on Monday morning and then escaped from the vehicle and took off on foot, MyFoxHouston. com reports.\n'
    'Comeaux, a 6 - foot, 200 - pound black male, was serving a life sentence for crimes he committed in three Texas counties.\n'
    'He was sentenced to life in prison for indecency with a child, aggravated sexual assault and two counts of aggravated assault with a deadly weapon, MyFoxHouston. com reports.\n'
    'Comeaux allegedly handcuffed the officers together in the vehicle and then took off with their weapons, MyFoxHouston. com reported.'
)
TEXTS['ecbplus:3_9ecbplus'] = (
    "Texas escapee now on U. S. Marshal's most wanted list\n"
    'Last week\'s escapee from the Texas prison system is still at large and is now on the U. S. Marshal Service\'s "Most Wanted" list of fugitives.\n'
    'Arcade Joseph Comeaux Jr. is serving three life sentences.\n'
    'He escaped last week while being transported from a prison in Huntsville to one in Beaumont, Texas.\n'
    'Comeaux is accused of using a gun which was smuggled in to him for the escape.\n'
    'He was in prison after being convicted of aggravated sexual assault of a child and aggravated assault with a deadly weapon.\n'
    'According to Texas authorities, the weapons conviction stemmed from a 1999 incident where he stabbed his wife 17 times while she was visiting him in prison.'
)
TEXTS['ecbplus:3_11ecbplus'] = (
    'FALLOUT CONTINUES AFTER BRAZEN ESCAPE\n'
    'The Texas Department of Criminal Justice has made sweeping leadership changes at a Huntsville prison where an inmate managed to get a gun that he later used to escape, the agency announced Tuesday.\n'
    'The Nov. 30 escape by Arcade Joseph Comeaux Jr., a convicted rapist recaptured last month after eight days on the run in Baytown and Houston, has led to unprecedented fallout at the prison unit where he was housed, with the largest number of TDCJ employees ever facing termination or disciplinary action because of a single incident, said TDCJ Inspector General John Moriarty.\n'
    'Comeaux, 49, escaped from a prison van in Baytown after he pulled a gun on two TDCJ officers driving him to another prison in Beaumont.\n'
    'He was at large until Dec. 7, when he was found shoeless, wet and hungry at a north Houston business, where he asked to use the phone.\n'
    "So far, 11 Estelle unit employees have been recommended for termination or faced consequences related to Comeaux's escape.\n"
    'Four of those elected to retire instead of facing disciplinary action, including the two officers who drove Comeaux in the van on the day he escaped.\n'
    "Whitmire questioned why several prisons, including the Estelle unit, stopped searching visitors two months before Comeaux's escape and moved to random pat - downs.\n"
    "Since Comeaux's jailbreak, all visitors and employees at the Estelle prison unit are again subject to mandatory pat - downs, Lyons said."
)
TEXTS['ecbplus:12_19ecb'] = (
    'Taking the lead in the fight against piracy, the Indian Navy on Saturday arrested 23 Somali pirates.\n'
    'An Indian warship, INS Mysore deployed in the Gulf of Aden attacked two boats of pirates after receiving signals from a ship that the pirates were trying to hijack.\n'
    'The Indian warship was patrolling in the Somali waters when it rushed to rescue MV Gibe, a merchant vessel flying the Ethiopian flag.\n'
    'The pirates on two speed boats had surrounded the merchant vessel, when INS Mysore warship intervened and warded off the attack, Navy spokesperson said here.\n'
    'The pirates had fired at the merchant vessel with their small arms, when it sent out a rescue call and the Indian warship, which was sailing nearby moved its Marine Commandos on an helicopter to help the distressed cargo vessel, he said.\n'
    'The attack took place about 150 nautical miles off Aden and INS Mysore was about 13 nautical miles away from the merchant vessel when it picked up the SOS call.\n'
    'The Navy flew its Marine Commandos on helicopters to the scene of the pirate attack and rescued the ship. MV Gibe was later escorted to safety, he added.\n'
    'The Indian commandos also recovered 12 AK 47 guns, three rifles, two grenades along with other ammunition.\n'
    'Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen.\n'
    'The Indian warship, the INS Mysore, was dispatched to the Gulf of Aden after a spike in piracy and hijackings off the coast of Somalia, which is caught up in an Islamic insurgency and has had no functioning government since 1991.'
)
TEXTS['ecbplus:8_2ecbplus'] = (
    'Deadly fire - bomb hits bank during Greek riots\n'
    'First Posted 23: 37: 00 05 / 05 / 2010\n'
    'A fire - bomb attack on a bank in Greece killed at least three people Wednesday as police fought pitched battles with striking protestors furious at brutal budget cuts designed to avert national bankruptcy.\n'
    'Hooded youths hurled petrol bombs at stores and businesses in the center of the capital Athens and demonstrators tried to storm parliament during the general strike, as the rioting spread to the northern city of Thessaloniki.\n'
    'Police said two women and one man died at a branch of the Marfin bank which caught fire after rioters broke a window and threw Molotov cocktails inside.\n'
    'Around 20 more people had to be ushered to safety.\n'
    '"Nobody has the right to violence and particularly violence that leads to murder, " Prime Minister George Papandreou told parliament as he condemned "a raw murderous act".\n'
    'At least two other buildings, one used by tax officials, caught fire in other fire - bomb attacks on the margins of the protests.'
)
TEXTS['ecbplus:19_3ecbplus'] = (
    "Enraged protesters battle cops in Brooklyn streets during third night of rioting after it's revealed that 16 - year - old Kimani Gray was shot in the back\n"
    'As fights between cops and angry teens erupted in East Flatbush, 46 were arrested Wednesday night.\n'
    'Police struggled to control a furious crowd that broke away from a planned peaceful vigil.\n'
    'PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2: 29 PM\n'
    'UPDATED: THURSDAY, MARCH 14, 2013, 9: 31 AM\n'
    'Protesters enraged over the fatal shooting of a teenager by police poured into Brooklyn streets for a third straight night Wednesday, pitching bricks, bottles and garbage in furious clashes with cops.\n'
    'At least 46 demonstrators were arrested along Church Ave. in East Flatbush.\n'
    'Police struggled to control a hostile crowd that broke away from a planned peaceful vigil for Kimani (Kiki) Gray, 16, killed by police on Saturday night.\n'
    'Gray ’ s sister Mahnefeh was among those arrested.\n'
    'A police officer suffered a gash in the face when a tossed brick hit him, NYPD spokesman Paul Browne said, and a window was smashed in an inspector ’ s car.\n'
    '“ They didn ’ t have to kill him, ” Makaeo Williams, 18, said as police on motorcycles tracked alongside him.\n'
    '“ I ’ m feeling mad inside.\n'
    'I ’ m angry.\n'
    'That ’ s why I ’ m out here. ”\n'
    'Many in the community contest police allegations that Gray pointed a gun at cops when he was shot during a confrontation with two plainclothes officers on E. 52nd St. Saturday night.\n'
    'Those suspicions on the street intensified Wednesday when an autopsy report revealed Gray was hit by seven bullets — three to the back.\n'
    'It was not clear in what order the shots struck the teen or whether he had his back to the police when they opened fire.'
)
TEXTS['ecbplus:26_2ecb'] = (
    "One of the key suspected Mafia bosses arrested yesterday in one of Sicily's biggest police operations has hanged himself in his prison cell, police said.\n"
    "Gaetano Lo Presti, the ``godfather'' of the Palermo district of Porta Nuova, was found dead late last night in Pagliarelli prison in the Sicilian capital of Palermo."
)

# --------------------------------------------------------------------------
# 32-34 (ECB+ 3_6ecbplus, 3_9ecbplus, 3_11ecbplus): the Comeaux escape in
# Fox News (relaying MyFoxHouston), the Herald Democrat and the aftermath.
# --------------------------------------------------------------------------
X, H = T("ecbplus:3_6ecbplus")
MFH = "MyFoxHouston. com"
A("32", "Fox News", "2009-11-30", H, X, [
    E("is searching for an escaped", "searching", "MOBILIZE", "police",
      ("The Texas Department of Criminal Justice", "USA", "GOV"),
      ("an escaped inmate", "USA", "UAF"), M30, None, speaker=(MFH, 1), mod="reported",
      cl="rj-comeaux-search"),
    E("took two transport officers hostage", "hostage", "ASSAULT", "abduct",
      ("Arcade Joseph Comeaux Jr.", "USA", "UAF"), ("two transport officers", "USA", "COP"), M30,
      None, speaker="Officials", relays=[(MFH, 2)], mod="reported", cl="rj-comeaux-hostage"),
    E("He was sentenced to life", "sentenced", "SANCTION", "convict", None, ("He", "USA", "UAF"),
      None, None, speaker=(MFH, 3), mod="reported", cl="rj-comeaux-sentence"),
    E("allegedly handcuffed", "handcuffed", "ASSAULT", "abduct", ("Comeaux", "USA", "UAF"),
      ("the officers", "USA", "COP"), M30, None, speaker=(MFH, 4), mod="reported",
      cl="rj-comeaux-hostage"),
    E("took off with their weapons", "took off", "COERCE", "seize", ("Comeaux", "USA", "UAF"),
      ("their", "USA", "COP"), M30, None, speaker=(MFH, 4), mod="reported", cl="rj-comeaux-guns"),
], source="ecbplus:3_6ecbplus")

X, H = T("ecbplus:3_9ecbplus")
A("33", "Herald Democrat", "2009-12-05", H, X, [
    E("Comeaux is accused of using", "accused", "ACCUSE", "allege", None, ("Comeaux", "USA", "UAF"),
      None, None),
    E("of using a gun", "using", "THREATEN", "violence", ("Comeaux", "USA", "UAF"), None,
      wk("2009-W48"), None, mod="threatened", cl="rj-comeaux-gun"),
    E("after being convicted of", "convicted", "SANCTION", "convict", None, ("He", "USA", "UAF"),
      None, None, cl="rj-comeaux-conviction"),
    E("the weapons conviction", "conviction", "SANCTION", "convict", None, None, None, None,
      speaker="Texas authorities", mod="reported", cl="rj-comeaux-conviction"),
    E("he stabbed his wife", "stabbed", "ASSAULT", None, (("he", "he stabbed"), "USA", "UAF"),
      ("his wife", "USA", "CVL"), yr("1999"), None, speaker="Texas authorities", mod="reported",
      cl="rj-comeaux-stab"),
], source="ecbplus:3_9ecbplus",
  note="the 'Updated Saturday, December 05, 2009' line above the headline is cut; 'Last week' "
       "is resolved against that Saturday as the text has it (ISO week 48), although the escape "
       "fell on Monday 30 November (week 49): each article keeps its own time line (rec_c)")

X, H = T("ecbplus:3_11ecbplus")
A("34", "unknown", "2010-01-12", H, X, [
    E("recaptured last month", "recaptured", "COERCE", "arrest", None,
      ("a convicted rapist", "USA", "UAF"), d("2009-12-07", True), None, cl="rj-comeaux-capture"),
    E("after he pulled a gun", "pulled a gun", "THREATEN", "violence", (("he", "he pulled"), "USA", "UAF"),
      ("two TDCJ officers", "USA", "COP"), d("2009-11-30", True), "Baytown", mod="threatened",
      cl="rj-comeaux-gun"),
    E("he was found shoeless", "found", "COERCE", "arrest", None, (("he", "he was found"), "USA", "UAF"),
      d("2009-12-07", True), P("north Houston", "Houston"), cl="rj-comeaux-capture"),
    E("Whitmire questioned", "questioned", "ACCUSE", "disapprove", ("Whitmire", "USA", None), None,
      None, None),
], source="ecbplus:3_11ecbplus",
  note="a blog copy: the time-stamp line '12 January 2010 @ 09: 29 pm' above the headline is cut "
       "and gives the date; 'the agency announced Tuesday' is that Tuesday")

# --------------------------------------------------------------------------
# 35 (ECB+ 12_19ecb): the INS Mysore capture of Saturday 13 December 2008 in
# a fifth outlet.
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_19ecb", "23 Somali pirates.")
NSPK = ("Navy spokesperson", "Navy spokesperson said here")
HE = ("he", "he said.\n")
A("35", "unknown", "2008-12-13", H, X, [
    E("on Saturday arrested 23", "arrested", "COERCE", "arrest", ("the Indian Navy", "IND", "MIL"),
      ("23 Somali pirates", "SOM", "UAF"), S13, None, cl="rj-mysore-arrest"),
    E("attacked two boats of pirates", "attacked", "ASSAULT", None,
      ("An Indian warship, INS Mysore", "IND", "MIL"), ("two boats of pirates", None, "UAF"), S13,
      "Gulf of Aden", cl="rj-mysore-foil"),
    E("trying to hijack", "hijack", "ASSAULT", "abduct", ("the pirates", None, "UAF"),
      ("a ship", None, "BUS"), S13, None, cl="rj-gibe-attack"),
    E("rushed to rescue MV Gibe", "rescue", "AID", None, (("it", "it rushed"), "IND", "MIL"),
      ("MV Gibe, a merchant vessel flying the Ethiopian flag", "ETH", "BUS"), S13, None,
      cl="rj-mysore-rescue"),
    E("had surrounded the merchant", "surrounded", "ASSAULT", None,
      ("The pirates on two speed boats", None, "UAF"), ("the merchant vessel", "ETH", "BUS"), S13,
      None, speaker=NSPK, mod="reported", cl="rj-gibe-attack"),
    E("warship intervened", "intervened", "COERCE", None, ("INS Mysore warship", "IND", "MIL"),
      None, S13, None, speaker=NSPK, mod="reported", cl="rj-mysore-foil"),
    E("had fired at the merchant vessel", "fired", "ASSAULT", "firearms", ("The pirates", None, "UAF"),
      ("the merchant vessel", "ETH", "BUS"), S13, None, speaker=HE, mod="reported",
      cl="rj-gibe-attack"),
    E("to help the distressed", "help", "AID", None, ("the Indian warship", "IND", "MIL"),
      ("the distressed cargo vessel", "ETH", "BUS"), S13, None, speaker=HE, mod="reported",
      cl="rj-mysore-rescue"),
    E("The attack took place", "attack", "ASSAULT", None, None, None, S13, None,
      cl="rj-gibe-attack"),
    E("the pirate attack and", "attack", "ASSAULT", None, ("pirate", None, "UAF"), None, S13, None,
      cl="rj-gibe-attack"),
    E("rescued the ship", "rescued", "AID", None, ("The Navy", "IND", "MIL"),
      ("the ship", "ETH", "BUS"), S13, None, cl="rj-mysore-rescue"),
    E("was later escorted", "escorted", "AID", None, None, ("MV Gibe", "ETH", "BUS"), S13, None,
      speaker=("he", "he added"), mod="reported", cl="rj-gibe-escort"),
    E("also recovered 12", "recovered", "COERCE", "seize", ("The Indian commandos", "IND", "MIL"),
      None, S13, None, cl="rj-mysore-seize"),
    E("23 arrested pirates", "arrested", "COERCE", "arrest", None, None, S13, None,
      cl="rj-mysore-arrest"),
    E("was dispatched to the Gulf", "dispatched", "MOBILIZE", "troops", None, None, None,
      "Gulf of Aden"),
], source="ecbplus:12_19ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 36 (ECB+ 8_2ecbplus, cut after the sixth line): the Athens general strike
# and the Marfin bank firebombing of Wednesday 5 May 2010.
# --------------------------------------------------------------------------
W5 = d("2010-05-05")
X, H = T("ecbplus:8_2ecbplus")
PAP = ("Prime Minister George Papandreou", "GRC", "GOV")
A("36", "Inquirer.net", "2010-05-05", H, X, [
    E("fire - bomb hits bank", "hits", "ASSAULT", None, None, ("bank", "GRC", "BUS"), W5, None,
      cl="rj-marfin"),
    E("during Greek riots", "riots", "PROTEST", "riot", None, None, W5, None, cl="rj-athens-riots"),
    E("in Greece killed", "killed", "ASSAULT", None, None, ("at least three people", "GRC", "CVL"),
      W5, "Greece", cl="rj-marfin"),
    E("police fought pitched", "fought", "ASSAULT", None, ("police", "GRC", "COP"),
      ("striking protestors", "GRC", "LAB"), W5, None, cl="rj-athens-battles"),
    E("youths hurled petrol bombs", "hurled", "PROTEST", "riot", ("Hooded youths", "GRC", "CVL"),
      ("stores and businesses", "GRC", "BUS"), W5, P("the capital Athens", "Athens")),
    E("tried to storm parliament", "storm", "PROTEST", "riot", ("demonstrators", "GRC", "CVL"),
      ("parliament", "GRC", "LEG"), W5, P("the capital Athens", "Athens")),
    E("during the general strike", "strike", "PROTEST", "strike", None, None, W5, None,
      cl="rj-general-strike"),
    E("the rioting spread", "rioting", "PROTEST", "riot", None, None, W5,
      P("the northern city of Thessaloniki", "Thessaloniki"), cl="rj-athens-riots"),
    E("threw Molotov cocktails", "threw", "ASSAULT", None, ("rioters", "GRC", "CVL"),
      ("a branch of the Marfin bank", "GRC", "BUS"), W5, None, speaker="Police", mod="reported",
      cl="rj-marfin"),
    E("as he condemned", "condemned", "ACCUSE", "disapprove", (("he", "he condemned"), "GRC", "GOV"),
      None, None, None),
    E("a raw murderous act", "act", "ASSAULT", None, None, None, W5, None, speaker=PAP[0],
      mod="reported", cl="rj-marfin"),
    E("other fire - bomb attacks", "attacks", "ASSAULT", None, None,
      ("At least two other buildings", "GRC", None), W5, None),
], source="ecbplus:8_2ecbplus")

# --------------------------------------------------------------------------
# 37 (ECB+ 19_3ecbplus, cut after the seventeenth line): the Daily News on
# the third night in East Flatbush, Wednesday 13 March 2013.
# --------------------------------------------------------------------------
W13, S09N = d("2013-03-13"), d("2013-03-09")
X, H = T("ecbplus:19_3ecbplus")
A("37", "New York Daily News", "2013-03-14", H, X, [
    E("protesters battle cops", "battle", "PROTEST", "riot", ("Enraged protesters", "USA", "CVL"),
      ("cops", "USA", "COP"), W13, P("Brooklyn", "Brooklyn"), cl="rj-ef-clash3"),
    E("was shot in the back", "shot", "ASSAULT", "firearms", None,
      ("16 - year - old Kimani Gray", "USA", "CVL"), S09N, None, cl="rj-gray-shoot"),
    E("As fights between cops", "fights", "ASSAULT", None, ("cops", "USA", "COP"),
      ("angry teens", "USA", "CVL"), W13, "East Flatbush", cl="rj-ef-clash3"),
    E("46 were arrested", "arrested", "COERCE", "arrest", None, ("46", "USA", "CVL"), W13,
      "East Flatbush", cl="rj-ef-arrests3"),
    E("control a furious crowd", "control", "ASSAULT", "crowd-control", ("Police", "USA", "COP"),
      ("a furious crowd", "USA", "CVL"), W13, None, cl="rj-ef-control3"),
    E("peaceful vigil.\n", "vigil", "PROTEST", "demo", None, None, W13, None, cl="rj-ef-vigil3"),
    E("poured into Brooklyn streets", "poured", "PROTEST", "demo", ("Protesters", "USA", "CVL"), None,
      W13, P("Brooklyn", "Brooklyn"), cl="rj-ef-protest3"),
    E("the fatal shooting of a teenager", "shooting", "ASSAULT", "firearms", ("police", "USA", "COP"),
      ("a teenager", "USA", "CVL"), S09N, None, cl="rj-gray-shoot"),
    E("furious clashes with cops", "clashes", "PROTEST", "riot", ("Protesters", "USA", "CVL"),
      ("cops", "USA", "COP"), W13, P("Brooklyn", "Brooklyn"), cl="rj-ef-clash3"),
    E("46 demonstrators were arrested", "arrested", "COERCE", "arrest", None,
      ("At least 46 demonstrators", "USA", "CVL"), W13, "East Flatbush", cl="rj-ef-arrests3"),
    E("control a hostile crowd", "control", "ASSAULT", "crowd-control", ("Police", "USA", "COP"),
      ("a hostile crowd", "USA", "CVL"), W13, None, cl="rj-ef-control3"),
    E("peaceful vigil for Kimani", "vigil", "PROTEST", "demo", None, None, W13, None,
      cl="rj-ef-vigil3"),
    E("killed by police on Saturday", "killed", "ASSAULT", "firearms", ("police", "USA", "COP"),
      ("Kimani (Kiki) Gray", "USA", "CVL"), S09N, None, cl="rj-gray-shoot"),
    E("was among those arrested", "arrested", "COERCE", "arrest", None,
      ("Gray ’ s sister Mahnefeh", "USA", "CVL"), W13, None, cl="rj-ef-arrests3"),
    E("a tossed brick hit him", "hit", "ASSAULT", None, None, (("him", "hit him"), "USA", "COP"), W13,
      None, speaker="NYPD spokesman Paul Browne", mod="reported"),
    E("a window was smashed", "smashed", "PROTEST", "vandalize", None,
      ("an inspector ’ s car", "USA", "COP"), W13, None),
    E("didn ’ t have to kill him", "kill", "ASSAULT", None, ("They", "USA", "COP"), ("him", "USA", "CVL"),
      S09N, None, speaker="Makaeo Williams", mod="reported", cl="rj-gray-shoot"),
    E("Gray pointed a gun at cops", "pointed", "THREATEN", "violence", ("Gray", "USA", "CVL"),
      ("cops", "USA", "COP"), S09N, None, speaker="Many in the community", mod="denied",
      cl="rj-gray-gun"),
    E("when he was shot during", "shot", "ASSAULT", "firearms", None, (("he", "he was shot during"), "USA", "CVL"),
      S09N, P("E. 52nd St", "East Flatbush"), cl="rj-gray-shoot"),
    E("when they opened fire", "opened fire", "ASSAULT", "firearms",
      (("they", "they opened fire"), "USA", "COP"), None, S09N, None, cl="rj-gray-shoot"),
], source="ecbplus:19_3ecbplus",
  note="printed 'PUBLISHED: WEDNESDAY, MARCH 13, 2013' and 'UPDATED: THURSDAY, MARCH 14, 2013': "
       "the text reports Wednesday night, so the updated copy's day is taken")

# --------------------------------------------------------------------------
# 38 (ECB+ 26_2ecb): Lo Presti's arrest in a fourth outlet.
# --------------------------------------------------------------------------
X, H = T("ecbplus:26_2ecb", "police said.")
A("38", "unknown", "2008-12-17", H, X, [
    E("arrested yesterday", "arrested", "COERCE", "arrest", None,
      ("One of the key suspected Mafia bosses", "ITA", "UAF"), T16, None,
      cl="rj-lopresti-arrest"),
], source="ecbplus:26_2ecb", note=NOTE_LP)

# --------------------------------------------------------------------------
# 39-40: Azerbaijan detains Sputnik executives (Monday 30 June 2025), told by
# Reuters from Baku (a relay chain through two outlets, a conditional threat,
# a denial, a recollection) and by TASS from Moscow; shared clusters.
# --------------------------------------------------------------------------
J30, J28, J01 = d("2025-06-30"), d("2025-06-28"), d("2025-07-01")
X = ("Azerbaijan detains Sputnik staff as row with Moscow deepens\n"
     "BAKU, July 1 (Reuters) - Azerbaijani police raided the Baku office of Russian state news agency "
     "Sputnik on Monday and detained two of its executives, the Interior Ministry said, days after "
     "two Azerbaijani brothers died during Russian police raids in Yekaterinburg.\n"
     "The raid came two days after Baku cancelled all cultural events planned with Russia and "
     "summoned the Russian charge d'affaires to demand a \"swift and transparent\" investigation into "
     "the deaths.\n"
     "Russia's Investigative Committee said one of the men died of heart failure and denied that "
     "officers had beaten the detainees. Relatives told Azerbaijani media the bodies showed signs of "
     "torture.\n"
     "Russian Foreign Ministry spokeswoman Maria Zakharova called the detentions in Baku "
     "\"unfriendly\" and said Moscow would respond if the journalists were not released, according to "
     "the TASS news agency, cited by the Interfax-Azerbaijan website.\n"
     "Relations between the two countries had already been strained since December, when an "
     "Azerbaijan Airlines passenger jet crashed after being hit by Russian air defence fire over "
     "Grozny. Azerbaijani President Ilham Aliyev has demanded that Moscow admit its guilt; the Kremlin "
     "has apologised but stopped short of taking responsibility.")
BAK = P(("BAKU", 1), "Baku")
AZP = ("Azerbaijani police", "AZE", "COP")
IMIN = ("the Interior Ministry", "the Interior Ministry said")
ZAK = "Russian Foreign Ministry spokeswoman Maria Zakharova"
ZREL = ["the TASS news agency", "the Interfax-Azerbaijan website"]
A("39", "Reuters", "2025-07-01", X.split("\n")[0], X, [
    E("Azerbaijan detains Sputnik", "detains", "COERCE", "arrest", ("Azerbaijan", "AZE", "GOV"),
      ("Sputnik staff", "RUS", "MED"), J30, None, cl="rj-sputnik-detain"),
    E("police raided the Baku office", "raided", "COERCE", "censor", AZP,
      ("the Baku office of Russian state news agency Sputnik", "RUS", "MED"), J30, BAK,
      speaker=IMIN, mod="reported", cl="rj-sputnik-raid"),
    E("detained two of its executives", "detained", "COERCE", "arrest", AZP,
      ("two of its executives", "RUS", "MED"), J30, BAK, speaker=IMIN, mod="reported",
      cl="rj-sputnik-detain"),
    E("Russian police raids", "raids", "COERCE", None, ("Russian police", "RUS", "COP"),
      ("two Azerbaijani brothers", "AZE", "CVL"), None, "Yekaterinburg", cl="rj-yek-raids"),
    E("The raid came", "raid", "COERCE", "censor", None, None, J30, None, cl="rj-sputnik-raid"),
    E("Baku cancelled all cultural", "cancelled", "SANCTION", "discontinue", ("Baku", "AZE", "GOV"),
      ("Russia", "RUS", "GOV"), J28, BAK),
    E("summoned the Russian charge", "summoned", "ACCUSE", "disapprove", ("Baku", "AZE", "GOV"),
      ("the Russian charge d'affaires", "RUS", "GOV"), J28, BAK, cl="rj-aze-summon"),
    E("to demand a \"swift", "demand", "REQUEST", None, ("Baku", "AZE", "GOV"),
      ("the Russian charge d'affaires", "RUS", "GOV"), J28, BAK, mod="demanded"),
    E("had beaten the detainees", "beaten", "ASSAULT", "beat", ("officers", "RUS", "COP"),
      ("the detainees", "AZE", "CVL"), None, None, speaker="Russia's Investigative Committee",
      mod="denied", cl="rj-yek-beating"),
    E("signs of torture", "torture", "ASSAULT", "torture", None, None, None, None,
      speaker="Relatives", relays=["Azerbaijani media"], mod="reported", cl="rj-yek-beating"),
    E("Zakharova called the detentions", "called", "ACCUSE", "disapprove", (ZAK, "RUS", "GOV"), None,
      None, None, relays=ZREL),
    E("the detentions in Baku", "detentions", "COERCE", "arrest", None, None, J30,
      P(("Baku", "detentions in Baku"), "Baku"), speaker=ZAK, relays=ZREL, mod="reported",
      cl="rj-sputnik-detain"),
    E("Moscow would respond", "respond", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, None, None,
      speaker=ZAK, relays=ZREL, mod="threatened", cl="rj-rus-threat"),
    E("journalists were not released", "released", "RETREAT", "release", None,
      ("the journalists", "RUS", "MED"), None, None, speaker=ZAK, relays=ZREL, mod="hypothetical"),
    E("being hit by Russian air defence", "hit", "ASSAULT", None,
      ("Russian air defence fire", "RUS", "MIL"), ("an Azerbaijan Airlines passenger jet", "AZE", "BUS"),
      mo("2024-12", True), "Grozny"),
    E("has demanded that Moscow", "demanded", "REQUEST", None,
      ("Azerbaijani President Ilham Aliyev", "AZE", "GOV"), ("Moscow", "RUS", "GOV"), None, None,
      mod="demanded"),
    E("has apologised", "apologised", "CONCEDE", None, ("the Kremlin", "RUS", "GOV"), None, None,
      None),
    E("taking responsibility", "taking", "CONCEDE", None, ("the Kremlin", "RUS", "GOV"), None, None,
      None, mod="negated"),
])

X = ("Moscow demands release of Russian journalists detained in Baku\n"
     "MOSCOW, July 1. /TASS/. Russia has demanded the immediate release of two executives of the "
     "Sputnik Azerbaijan news agency who were detained in Baku on Monday, Foreign Ministry "
     "spokeswoman Maria Zakharova said.\n"
     "\"We regard the detention of Russian journalists as a hostile act and expect them to be "
     "released without delay,\" she told reporters. Moscow reserves the right to take retaliatory "
     "measures, she added.\n"
     "On Tuesday, the Russian Foreign Ministry summoned Azerbaijan's ambassador Rahman Mustafayev to "
     "protest against what it called \"unfriendly actions\" by Baku.\n"
     "The Russian Investigative Committee earlier said that the deaths of two Azerbaijani nationals "
     "detained in Yekaterinburg were not linked to the actions of police officers. Police in the "
     "Urals region detained several people on June 27 as part of an investigation into murders "
     "committed in the early 2000s.")
FZAK = "Foreign Ministry spokeswoman Maria Zakharova"
SHE = ("she", "she told reporters")
RIC = "The Russian Investigative Committee"
A("40", "TASS", "2025-07-01", X.split("\n")[0], X, [
    E("Moscow demands release", "demands", "REQUEST", None, ("Moscow", "RUS", "GOV"), None, None, None,
      mod="demanded", cl="rj-rus-demand"),
    E("journalists detained in Baku\n", "detained", "COERCE", "arrest", None,
      ("Russian journalists", "RUS", "MED"), J30, P("Baku", "Baku"), cl="rj-sputnik-detain"),
    E("Russia has demanded", "demanded", "REQUEST", None, ("Russia", "RUS", "GOV"), None, None, None,
      relays=[FZAK], mod="demanded", cl="rj-rus-demand"),
    E("who were detained in Baku on Monday", "detained", "COERCE", "arrest", None,
      ("who", "RUS", "MED"), J30, P("Baku", "Baku"), speaker=FZAK, mod="reported",
      cl="rj-sputnik-detain"),
    E("We regard the detention", "regard", "ACCUSE", "disapprove", ("We", "RUS", "GOV"), None, None,
      None, speaker=SHE, mod="reported"),
    E("the detention of Russian journalists", "detention", "COERCE", "arrest", None,
      ("Russian journalists", "RUS", "MED"), J30, None, speaker=SHE, mod="reported",
      cl="rj-sputnik-detain"),
    E("expect them to be", "released", "RETREAT", "release", None, ("them", "RUS", "MED"), None, None,
      speaker=SHE, mod="demanded"),
    E("Moscow reserves the right", "reserves", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, None,
      None, speaker=("she", "she added"), mod="threatened", cl="rj-rus-threat"),
    E("Ministry summoned Azerbaijan's", "summoned", "ACCUSE", "disapprove",
      ("the Russian Foreign Ministry", "RUS", "GOV"),
      ("Azerbaijan's ambassador Rahman Mustafayev", "AZE", "GOV"), J01, P(("MOSCOW", 1), "Moscow")),
    E("what it called", "called", "ACCUSE", "disapprove", (("it", "it called"), "RUS", "GOV"),
      ("Baku", "AZE", "GOV"), J01, None),
    E("nationals detained in Yekaterinburg", "detained", "COERCE", "arrest", None,
      ("two Azerbaijani nationals", "AZE", "CVL"), d("2025-06-27"), "Yekaterinburg", speaker=RIC,
      mod="reported", cl="rj-yek-raids"),
    E("the actions of police officers", "actions", "ASSAULT", None, ("police officers", "RUS", "COP"),
      ("two Azerbaijani nationals", "AZE", "CVL"), None, None, speaker=RIC, mod="denied",
      cl="rj-yek-beating"),
    E("region detained several", "detained", "COERCE", "arrest",
      ("Police in the Urals region", "RUS", "COP"), ("several people", None, "CVL"), d("2025-06-27"),
      None, cl="rj-yek-raids"),
    E("as part of an investigation", "investigation", "ACCUSE", "investigate", None, None, None, None),
])


def main():
    check_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_j-07": [
            E("Comeaux was serving a life sentence", "life sentence", "SANCTION", "convict", None, ("Comeaux", "USA", "UAF"), None, None, speaker=("it", "deadly weapon, it said"), mod="reported"),  # relabel50
        ],
        "rec_j-22": [
            E("a man serving three life sentences", "life sentences", "SANCTION", "convict", None, ("a man", "USA", "UAF"), None, None, cl="rj-comeaux-conviction"),  # relabel50
        ],
        "rec_j-32": [
            E("was serving a life sentence for crimes", "life sentence", "SANCTION", "convict", None, ("Comeaux", "USA", "UAF"), None, None, cl="rj-comeaux-sentence"),  # relabel50
        ],
        "rec_j-33": [
            E("Arcade Joseph Comeaux Jr. is serving three", "life sentences", "SANCTION", "convict", None, ("Arcade Joseph Comeaux Jr.", "USA", "UAF"), None, None, cl="rj-comeaux-conviction"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_j-18": [
            E("Police did not comment", "comment", "REJECT", None, ("Police", "GIN", "COP"), None, None, None),  # relabel62 (c)
        ],
        "rec_j-19": [
            E("The army did not comment on the claim", "comment", "REJECT", None, ("The army", "SDN", "MIL"), None, None, None),  # relabel62 (c)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_j-35": [
            E("intervened and warded off the attack", "attack", "ASSAULT", "abduct", None, None, d("2008-12-13"), None, speaker="Navy spokesperson", mod="reported", cl="rj-gibe-attack"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


SHARED = shared_data(__file__)


if __name__ == "__main__":
    main()
