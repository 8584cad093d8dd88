"""Build tests/data/records/rec_k.jsonl: gold whole-record events (batch rec_k).

rec_k is the FRESH BLIND SET after rec_j: every article has ``"split":
"blind"``, and every label was written before eventwire ever ran on any of
these texts (no pipeline, no ``eval records``, no spaCy on them while
labelling, no eventwire rule code read, and no system output looked at). Run
it once, at the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_k.jsonl --split blind

40 articles, 265 events: 27 real texts (24 ECB+, 3 GeoVirus; articles 01-27)
and 13 own texts (28-40); four articles carry no events (26-27, a robbery
that harms no one; 39-40, a cycling stage and a lava flow told in war
figures).

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; the leading URL line is cut so the text
  opens with its headline) and GeoVirus Wikinews articles
  (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text is
  copied, none of GeoVirus' annotation). A text with no headline line takes
  its first sentence as title. ``published`` is the printed date, else
  inferred from the text's own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles that rec_a..rec_j cover little (relays through
  two outlets, conditional threats, denials, recollections of old events
  with explicit and relative dates, one story told by several outlets) and
  non-political look-alikes that carry no events.

Labels follow docs/annotation.md, including its Batch d, e, g, h, i and j
decisions and "Decisions taken while labelling (rec_k, Batch k)". Spans are
located by needle strings, never by hand-counted offsets (the conventions of
``needles.py``, as in ``make_rec_j.py``):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames' country
point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_k.py
"""


from needles import Batch, E, P, check_sources, d, mo, shared_data, with_title, wk, yr

PLACES = {
    'Staunton': (38.15, -79.07),  # Staunton, Virginia, geonameid 4787534
    'Palermo': (38.12, 13.36),  # geonameid 2523920
    'Vancouver': (49.25, -123.12),  # geonameid 6173331
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Gulf of Aden': (12.0, 48.0),  # as rec_c
    'Houston': (29.76, -95.36),  # geonameid 4699066
    'Baytown': (29.74, -94.98),  # geonameid 4673179
    'Bariyarpur': (27.05, 85.0),  # Bariyarpur, Bara district, Nepal, approximate point
    'Tustin': (33.75, -117.83),  # geonameid 5404024
    'Glendale': (34.14, -118.26),  # geonameid 5352423
    'Islamabad': (33.72, 73.04),  # geonameid 1176615
    'Balochistan': (28.5, 65.0),  # Balochistan province (ADM1), approximate point
    'Panjgur': (26.96, 64.09),  # geonameid 1168749
    'Rask': (26.24, 61.40),  # Rask, Sistan and Baluchestan, approximate point
    'Pakistan': (30.0, 70.0),  # country
    'Iran': (32.0, 53.0),  # country
    'Sistan-Baluchestan': (28.5, 60.5),  # Sistan and Baluchestan province (ADM1), approximate point
    'Saravan': (27.37, 62.33),  # geonameid 1159301
    'Hong Kong': (22.28, 114.16),  # geonameid 1819729
    'Victoria Park': (22.28, 114.19),  # park in Causeway Bay, Hong Kong, approximate point
    'Tiananmen Square': (39.905, 116.391),  # square in Beijing, approximate point
    'Male': (4.18, 73.51),  # geonameid 1282027
    'Maldives': (3.2, 73.0),  # country
    'New Delhi': (28.64, 77.22),  # geonameid 1261481
    'Barrancas': (10.96, -72.79),  # Barrancas, La Guajira, geonameid 3688928 (approximate)
    'La Guajira': (11.35, -72.5),  # La Guajira department (ADM1), approximate point
    'Bogota': (4.61, -74.08),  # geonameid 3688689
    'Caracas': (10.49, -66.88),  # geonameid 3646738
    'Panama City': (8.99, -79.52),  # geonameid 3703443
    'Ouagadougou': (12.37, -1.53),  # geonameid 2357048
    'Bujumbura': (-3.38, 29.36),  # geonameid 425378
    'Gatumba': (-3.33, 29.24),  # Gatumba, Bujumbura Rural, approximate point
}

BATCH = Batch("rec_k", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:3_10ecbplus': (
        'Texas prisoner captured after week on the run\n'
        '7: 15 a. m. Dec. 7, 2009\n'
        'A convicted sex offender who was the subject of a weeklong manhunt after pulling off a daring escape during a prison transfer was captured Monday after authorities received several phone tips, including one from a salesman who recognized the inmate outside his business.\n'
        'A hungry, wet and barefoot Arcade Joseph Comeaux Jr. was caught in northeast Houston, about 25 miles northwest of where he escaped, said Alfredo Perez, a spokesman for the U. S. Marshals Service.\n'
        'Comeaux, 49, was in a wheelchair Nov. 30 when he pulled a gun on two guards and fired it during a transfer from a prison unit in Huntsville to one in Beaumont.\n'
        'The guards, who were unharmed, were forced to drive to the Baytown area, where Comeaux took their weapons, handcuffed them together and ran away.\n'
        'Comeaux was serving a sentence of life in prison for a 1998 aggravated sexual assault conviction in Brazos County, northwest of Houston.\n'
        'He was given two extra life sentences after being convicted of stabbing his wife and another person in 1999 while she visited him in prison.'
    ),
    'ecbplus:8_10ecbplus': (
        'BREAKING NEWS - 3 DEAD due to Molotov cocktail at Bank\n'
        'According to international media and Greek Sky TV\n'
        'THREE PEOPLE HAVE DIED IN A BLAZE that broke out at MARFIN EGNATIA BANK, on Stadiou Street, downtown Athens.\n'
        'The fire started when demonstrators hurled Molotov cocktail fire bombs at the Bank.\n'
        'SKY - TV reports that the 3 bank employees were burnt to death.\n'
        'They were trapped in the stairwell of the 3rd floors while trying to flee the fire broken out two floors below.\n'
        'Four people - one with broken bones, 3 with inspiratory problems - are treated in nearby hospitals.\n'
        'Reports have it that angry demonstrators threw stones to the fire brigade coming in.\n'
        'There are reports about fire at Finance Ministry - depts, burnt cars & shops, smashed windows.\n'
        'The van of turkish NTV private channel was also set on fire.\n'
        'Clashes between demonstrators and plice are continueing.\n'
        'So far no information about injured peple or arrests.\n'
        'Information flow is hindered today since Greek Media are also taking part to the general strike.\n'
        'Tens of thousands angry Greeks demonstrate in Athens protesting the harsh austerity measures and severe cuts on salaries and pensions as well price increases in electricity and extra taxes.\n'
        'The slogans are against the politicians, the police and the journalists.\n'
        'People demand "Give the Stolen Money Back".\n'
        'People demand property confiscation of corrupt politicians and that those respomsible for the economic crisis should go to jail.\n'
        'The Greek government announced Sunday drastic public spending cuts in order to get bailout loans of 110 b. Euro from EU & IMF.'
    ),
    'ecbplus:11_6ecb': (
        "Turkmens go to the polls Sunday in a parliamentary election the West sees as a test of the Central Asian nation's commitment to bring about change after decades of isolation.\n"
        'Critics say the poll is a sham and designed to put a gloss of democracy on a government that tolerates no dissent.\n'
        "All the candidates in Sunday's election represent either the ruling Democratic Party of Turkmenistan, the only party registered in Turkmenistan, or a handful of state-approved independents.\n"
        'Europe will be watching the vote closely as it tries to gauge how much business it can do with the gas-rich nation it sees as key to its energy diversification.'
    ),
    'ecbplus:12_2ecb': (
        'Indian naval forces came to the rescue of a merchant vessel under attack by pirates in the Gulf of Aden on Saturday, capturing 23 of the raiders, India said.\n'
        "India's INS Mysore and its armed helicopter were on anti-piracy patrol when they received a distress call from the Ethiopian-flagged MV Gibe saying two boats were closing in and firing, a Defence Ministry statement said.\n"
        '``On sighting the helicopter and Mysore, the boats disengaged from MV Gibe and attempted escape.\n'
        "Mysore closed the vessels and ordered them to stop.''\n"
        'Indian commandos boarded the larger pirate boat, seizing 12 Somali and 11 Yemeni nationals as well as arms and equipment, the statement said.\n'
        'A surge in piracy this year in the busy Gulf of Aden and Indian Ocean off Somalia has driven up insurance costs, earned the gangs tens of millions of dollars in ransoms, and prompted foreign navies to rush to the area to protect shipping.\n'
        'Several international naval operations are under way off Somalia, including a NATO anti-piracy mission.\n'
        "The Indian Navy in November said it had sunk the Somali pirate ``mother ship'', though an anti-piracy watchdog later said the vessel was actually a Thai ship carrying fishing equipment that was being hijacked.\n"
        'Somalia has seen continuous conflict since 1991 and its weak Western-backed government is still fighting Islamist insurgents.\n'
        'The chaos has helped fuel the explosion in piracy.\n'
        'There have been nearly 100 attacks in Somali waters this year.\n'
        'Pirates holding about a dozen ships and nearly 300 crewmen in safe havens on the Somali coast.\n'
        'Among the captured vessels are a Saudi supertanker loaded with $100 million of crude oil, the Sirius Star, and a Ukrainian cargo ship carrying some 30 Soviet-era tanks, the MV Faina.'
    ),
    'ecbplus:12_6ecb': (
        'The Indian Navy on Saturday foiled a hijack attempt in the notorious Gulf of Aden and arrested 23 heavily armed Somalian and Yemeni pirates.\n'
        'Within minutes of receiving a distress call from an Ethiopian vessel, MV Gibe, INS Mysore, a Delhi-class destroyer, launched an armed helicopter with marine commandos onboard to stop the pirates from boarding and hijacking the vessel.\n'
        'The skipper of the Ethiopian vessel, sailing 150 nautical miles west of Aden, radioed a message at around 11 am (IST) saying that pirates had brought his ship under heavy fire.\n'
        'The Mysore, which replaced stealth frigate INS Tabar in November-end, immediately launched a helicopter and began closing in on the vessel.\n'
        'Upon sighting the chopper, the pirates abandoned their plans to hijack the vessel.\n'
        'Instead, navy sources said, they tied their skiffs (speedboats) to the mother vessel and pretended to be fishermen.\n'
        'The mother vessel, a 10-metre craft called Salahaddin, had some catch stocked in it to give the impression that it was a fishing vessel.\n'
        'The Mysore intercepted the mother vessel and fired ahead of it to prevent the pirates from getting away.\n'
        'Sources said the marine commandos had sighted pirates carrying rocket-propelled grenade launchers and automatic weapons.\n'
        'As Mysore engaged the pirates, the commandos boarded the Salahaddin and arrested the pirates, who decided not to hold out as they were no match for the Indian warship.\n'
        'The navy recovered seven AK-47 assault rifles, RPG launchers, three speedboats, grenades and other ammunition.\n'
        'The pirates were taken onboard and would be handed over to authorities in Djibouti.\n'
        "It was in November that the government authorized the navy to undertake ``hot pursuit'' of pirates in the territorial waters of Somalia, which descended into anarchy in 1991.\n"
        "A country's territorial waters extend to 12 nautical miles from shore.\n"
        "The navy has been carrying out anti-piracy patrols in the international waters off the Gulf of Aden since October 23 to ``protect Indian sea-borne trade, instill confidence in the seafaring community and act as a deterrent for pirates.''\n"
        '``Hot pursuit ``empowers the navy to temporarily violate the maritime border of Somalia to pursue pirates.\n'
        'This marks the fourth success of the navy against pirates after it launched anti-piracy patrols.\n'
        'On November 19, Tabar sank a Somalian pirate vessel after being threatened with disastrous consequences.\n'
        "A few days before that, the same warship foiled two hijack attempts in the Gulf of Aden -- - the world's most dangerous waters for commercial shipping.\n"
        'It rescued an Indian flagship and a Saudi Arabian merchant vessel.'
    ),
    'ecbplus:18_10ecb': (
        'A Vancouver man has been charged with first-degree murder after a killing at an office party.\n'
        'Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Christmas party Friday, killing one man.\n'
        'Const. Tim Fanning told a news conference today a man walked into the party with a firearm and shot one person dead immediately.\n'
        'Police have identified the victim as Benjamin David Banky, 40, of Vancouver.\n'
        'Twelve other people managed to leave the office while police began two hours of negotiations with a suspect.\n'
        'Fanning says the incident was extremely traumatic for witnesses.'
    ),
    'ecbplus:18_16ecb': (
        'A 61-year-old man in Canada is charged with first-degree murder in a deadly office Christmas party shooting.\n'
        'Constable Tim Fanning says Eric Allen Kirkpatrick, who had recently been fired from his job in Vancouver, is accused of fatally shooting Benjamin David Banky.\n'
        'Fanning says at least a dozen people were at the party when the gunman entered about 4 p.m.\n'
        'Police locked down the neighborhood and Kirkpatrick gave up about two hours later.\n'
        'The business at the location of the shooting is listed as TallGrass Distribution, a natural health product supplier.'
    ),
    'ecbplus:22_1ecb': (
        'Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a Staunton ice cream store in 1967.'
    ),
    'ecbplus:22_2ecb': (
        'A 60-year-old woman charged with killing two young women in a Staunton ice cream shop 41 years ago was released without bail, authorities said Friday, because she is dying from kidney and heart disease and living in a hospice facility.'
    ),
    'ecbplus:22_3ecb': (
        "Staunton police on Friday arrested a 60-year-old, terminally ill woman in the 1967 killings of two young women at a local ice cream stand, ending an agonizing 41-year odyssey for the victims ' families."
    ),
    'ecbplus:22_4ecb': (
        'A co-worker has been charged in the 1967 slayings of two women at an ice cream shop in Staunton, but authorities say the suspect is near death with a terminal illness.'
    ),
    'ecbplus:22_5ecb': (
        'The Staunton Police Department announced Friday they have made an arrest in a 41-year-old double murder case.\n'
        'Staunton Police Chief Jim Williams announced 61-year-old Sharron Diane Crawford Smith was arrested around 10:24 a.m. Friday and charged with two counts of first degree murder.'
    ),
    'ecbplus:22_6ecb': (
        "Staunton Police this morning arrested Sharron Diane Crawford Smith, of Staunton, on first-degree murder charges in the 1967 slayings of two women at High's Ice Cream Shop."
    ),
    'ecbplus:22_7ecb': (
        'A onetime co-worker has been charged in the 1967 slayings of two women at an ice cream shop in Staunton, but authorities said the suspect is near death with a terminal illness.'
    ),
    'ecbplus:22_8ecb': (
        'The Staunton Police Department will hold a press conference this afternoon to address its investigation into a double murder back in 1967.'
    ),
    'ecbplus:22_9ecb': (
        'This morning, 41 years later, Staunton police have arrested and charged Sharron Diane Crawford Smith, age 61, with two counts of first-degree murder.'
    ),
    'ecbplus:24_7ecb': (
        'A gang of four thieves -- two of them disguised as women -- on Thursday stole nearly all the jewels on display at the Harry Winston boutique just off the Champs-Elysees avenue, which attracts a wealthy international clientele.'
    ),
    'ecbplus:24_10ecb': (
        'Robbers in drag steal e80 million from Paris diamond store in biggest French heist'
    ),
    'ecbplus:26_1ecb': (
        'Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has apparently hanged himself with his belt in prison.\n'
        'Lo Presti, 52, head of Mafia clans in the Porta Nuova area of Palermo, was found dead in Pagliarelli prison only hours after his arrest.'
    ),
    'ecbplus:26_5ecb': (
        'A suspected Mafia leader has hanged himself in prison in Sicily hours after being arrested, Italian police say.\n'
        'Police said Lo Presti, alleged boss of a Sicilian Mafia clan in a district of Palermo, hanged himself in his cell.'
    ),
    'ecbplus:26_7ecb': (
        'One of the Mafia bosses and clan members arrested in a major police crackdown has hung himself in his prison cell in Palermo.\n'
        'His suicide appeared to be related to clan feuds.\n'
        'Gaetano Lo Presti, 52, who had taken over control of Mafia clans in the Porta Nuova area of Palermo and had previous convictions, was found dead in Pagliarelli prison, police said today.'
    ),
    'ecbplus:26_10ecb': (
        "A Mafia boss in Palermo hanged himself in jail after hours before he was arrested in a police's raid."
    ),
    'ecbplus:26_11ecb': (
        'Suspected Key Mafia Boss Vying For Top Costra Nostra Slot Found Hanging Dead In Palermo Jail Cell\n'
        'A key suspected Mafia boss arrested Tuesday in a Sicilian police raid has been found dead, hanging in his Pagliarelli prison cell in in Palermo.'
    ),
    'ecbplus:26_12ecb': (
        "An alleged Mafia boss who was caught on wiretaps purportedly discussing Cosa Nostra's new hierarchy hanged himself in a Sicilian jail hours after his arrest, police said Wednesday."
    ),
    'geovirus:geovirus-078': (
        'The Church of Scientology in southern California, United States have received several envelopes containing a white powder which authorities say ended up being wheat germ and corn starch. Authorities had to evacuate at least one building in Tustin and shut down a street in Glendale while they examined the substance. Envelopes were also sent to Hollywood, Los Angeles, San Fernando Valley and Santa Monica locations. "Initial field testing by LAPD indicates the powder is harmless. However, further testing will be conducted. We will also work to assess what threat, if any, was associated with the mailings and determine whether any federal statutes were violated," said Laura Eimiller, a spokeswoman for the FBI. The envelopes, which we were sent through the United States Postal Service, targeted 10 different Churches throughout southern California. Some also contained threats. The Church has not issued a statement regarding the incidents and no one has yet claimed responsibility for sending the envelopes. This comes just before a scheduled protest which an Internet group called \'Anonymous\' has organized, set to take place on February 10 at Church locations across the globe. According to the Los Angeles Times, authorities stated that there was no evidence connecting the mailings to the Internet group. On a Project Chanology website, \'Anonymous\' made a statement about the senders of the powder under the heading \'To the Public and Anybody Investigating the Anthrax Hoax\': "They may not even be Anonymous (they might even have been a plant by the "Church" of Scientology as black propaganda); we do not know, and by the nature of our organization, cannot know."'
    ),
    'geovirus:geovirus-086': (
        'The United Nations has reported that a total of 978 people have been killed by a cholera epidemic in the African nation of Zimbabwe, an increase of 25% from just three days ago. The UN also says that there have been 18,413 reported cases in the country since the epidemic began in August of 2008. The outbreak of the disease has been quickened by the lack of proper sanitation and the collapse of water systems and healthcare. The area worst affected by cholera is Zimbabwe\'s capital of Harare, where 208 people died out of 8,454 suspected cases. The town of Beitbridge, which is located on the border with South Africa, has also been hard hit, with 3,546 cases reported and 91 people dead. The South African Red Cross has sent medical aid to Zimbabwe, and has asked for funds to treat thirty thousand people. The UN says that as many as sixty thousand people could become affected by the disease if no action is taken. Last Thursday, Zimbabwean president Robert Mugabe announced in a televised address that the outbreak had been halted, saying that "I am happy to say our doctors are being assisted by others, and the WHO [World Health Organization] have now arrested cholera." Mugabe has also accused Western powers of plotting to use the epidemic as a reason to overthrow him. "Now that there is no cholera, there is no cause for war," he stated. Other Zimbabwean high-ranking officials have also blamed the United Kingdom for spreading cholera on purpose. The UN Security Council will have a briefing on the Zimabwean cholera crisis soon.'
    ),
    'geovirus:geovirus-089': (
        "In a tribute to Gadhimai, a Hindu goddess of power, a Nepal festival began today with the mass sacrifice of 20,000 buffalo in the village of Bariyarpur. Shortly after, 300,000 birds, sheep and goats were similarly ritually slaughtered. It is estimated as many as 750,000 people travelled from India, which recently banned similar mass-sacrifices, to make up the majority of the festival's estimated one million attendees. Member of Parliament Shiv Chandra Kushwaha skipped Tuesday's legislative meeting, saying that the festival had more importance as a religious celebration. Although animal rights groups have condemned the ceremony as cruel, the Nepalese government has ignored requests to cancel the festival, held once every five years. Last year, the government banned a similar slaughter during the festival of Yanya Punhi, and was greeted with angry protests. The meat is taken to local villages, who host large feasts for those in attendance, as it is believed to ward off evil."
    ),
}


def T(key, sentence=None):
    """The real text ``key`` and its title (``needles.with_title``)."""
    return with_title(TEXTS[key], sentence)


# --------------------------------------------------------------------------
# 01-09 (ECB+ 22_*ecb): the arrest on Friday 5 December 2008 of Sharron
# Crawford Smith for the 1967 killings in a Staunton ice cream shop, told by
# nine short texts. Recollection with explicit ("in 1967") and relative
# ("41 years ago", "41 years later") dates.
# --------------------------------------------------------------------------
F05 = d("2008-12-05")
Y67 = yr("1967")
NOTE_STAUNTON = ("published date not printed: the texts date the arrest 'Friday' / 'this "
                 "morning'; inferred as Friday 5 December 2008 (ECB+ topic 22, December 2008; "
                 "approximate: only the weekday is fixed by the text)")
SMITH = "USA"
X, H = T("ecbplus:22_1ecb", "in 1967.")
A("01", "unknown", "2008-12-05", H, X, [
    E("is now accused", "accused", "ACCUSE", "allege", None,
      ("Sixty-year-old Sharron Diane Crawford Smith", SMITH, None), F05, None,
      cl="rk-staunton-charge"),
    E("of murdering two women", "murdering", "ASSAULT", None,
      ("Sharron Diane Crawford Smith", SMITH, None), ("two women", SMITH, "CVL"), Y67,
      "Staunton", cl="rk-staunton-1967"),
], source="ecbplus:22_1ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_2ecb", "hospice facility.")
A("02", "unknown", "2008-12-05", H, X, [
    E("charged with killing", "charged", "ACCUSE", "allege", None,
      ("A 60-year-old woman", SMITH, None), None, None, cl="rk-staunton-charge"),
    E("with killing two young", "killing", "ASSAULT", None, ("A 60-year-old woman", SMITH, None),
      ("two young women", SMITH, "CVL"), Y67, "Staunton", cl="rk-staunton-1967"),
    E("was released without bail", "released", "RETREAT", "release", None,
      ("A 60-year-old woman", SMITH, None), None, None, speaker="authorities", mod="reported"),
], source="ecbplus:22_2ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_3ecb", "families.")
A("03", "unknown", "2008-12-05", H, X, [
    E("on Friday arrested", "arrested", "COERCE", "arrest", ("Staunton police", SMITH, "COP"),
      ("a 60-year-old, terminally ill woman", SMITH, None), F05, None, cl="rk-staunton-arrest"),
    E("1967 killings", "killings", "ASSAULT", None, None, ("two young women", SMITH, "CVL"), Y67,
      None, cl="rk-staunton-1967"),
], source="ecbplus:22_3ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_4ecb", "terminal illness.")
A("04", "unknown", "2008-12-05", H, X, [
    E("has been charged", "charged", "ACCUSE", "allege", None, ("A co-worker", SMITH, None), None,
      None, cl="rk-staunton-charge"),
    E("1967 slayings", "slayings", "ASSAULT", None, None, ("two women", SMITH, "CVL"), Y67,
      "Staunton", cl="rk-staunton-1967"),
], source="ecbplus:22_4ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_5ecb")
A("05", "unknown", "2008-12-05", H, X, [
    E("have made an arrest", "arrest", "COERCE", "arrest", ("they", SMITH, "COP"), None, F05, None,
      speaker="The Staunton Police Department", mod="reported", cl="rk-staunton-arrest"),
    E("double murder case", "murder", "ASSAULT", None, None, None, Y67, None,
      speaker="The Staunton Police Department", mod="reported", cl="rk-staunton-1967"),
    E("was arrested around", "arrested", "COERCE", "arrest", None,
      ("61-year-old Sharron Diane Crawford Smith", SMITH, None), F05, None,
      speaker="Staunton Police Chief Jim Williams", mod="reported", cl="rk-staunton-arrest"),
    E("Friday and charged", "charged", "ACCUSE", "allege", None,
      (("61-year-old Sharron Diane Crawford Smith", 1), SMITH, None), F05, None,
      speaker=("Staunton Police Chief Jim Williams", 1), mod="reported", cl="rk-staunton-charge"),
], source="ecbplus:22_5ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_6ecb", "Ice Cream Shop.")
A("06", "unknown", "2008-12-05", H, X, [
    E("this morning arrested", "arrested", "COERCE", "arrest", ("Staunton Police", SMITH, "COP"),
      ("Sharron Diane Crawford Smith", SMITH, None), F05, None, cl="rk-staunton-arrest"),
    E("1967 slayings", "slayings", "ASSAULT", None, None, ("two women", SMITH, "CVL"), Y67, None,
      cl="rk-staunton-1967"),
], source="ecbplus:22_6ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_7ecb", "terminal illness.")
A("07", "unknown", "2008-12-05", H, X, [
    E("has been charged", "charged", "ACCUSE", "allege", None, ("A onetime co-worker", SMITH, None),
      None, None, cl="rk-staunton-charge"),
    E("1967 slayings", "slayings", "ASSAULT", None, None, ("two women", SMITH, "CVL"), Y67,
      "Staunton", cl="rk-staunton-1967"),
], source="ecbplus:22_7ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_8ecb", "in 1967.")
A("08", "unknown", "2008-12-05", H, X, [
    E("its investigation", "investigation", "ACCUSE", "investigate", ("its", SMITH, "COP"), None,
      None, None),
    E("a double murder back", "murder", "ASSAULT", None, None, None, Y67, None,
      cl="rk-staunton-1967"),
], source="ecbplus:22_8ecb", note=NOTE_STAUNTON)

X, H = T("ecbplus:22_9ecb", "first-degree murder.")
A("09", "unknown", "2008-12-05", H, X, [
    E("have arrested and", "arrested", "COERCE", "arrest", ("Staunton police", SMITH, "COP"),
      ("Sharron Diane Crawford Smith", SMITH, None), F05, None, cl="rk-staunton-arrest"),
    E("and charged Sharron", "charged", "ACCUSE", "allege", ("Staunton police", SMITH, "COP"),
      ("Sharron Diane Crawford Smith", SMITH, None), F05, None, cl="rk-staunton-charge"),
], source="ecbplus:22_9ecb", note=NOTE_STAUNTON)

# --------------------------------------------------------------------------
# 10-15 (ECB+ 26_*ecb): Gaetano Lo Presti, arrested in the Palermo raids of
# Tuesday 16 December 2008, found hanged in his cell (the suicide is no
# event, Batch g); six more outlets after rec_g..rec_j's.
# --------------------------------------------------------------------------
T16 = d("2008-12-16")
NOTE_LP = ("published date not printed: inferred as Wednesday 17 December 2008, the day after "
           "the Tuesday raids and the night death (as rec_i and rec_j)")
MAF = "ITA"
X, H = T("ecbplus:26_1ecb", "in prison.")
A("10", "unknown", "2008-12-17", H, X, [
    E("members seized on Tuesday", "seized", "COERCE", "arrest", None,
      ("99 alleged Sicilian Mafia members", MAF, "UAF"), T16, None, cl="rk-lp-raid"),
    E("hours after his arrest", "arrest", "COERCE", "arrest", None, ("his", MAF, "UAF"), T16, None,
      cl="rk-lp-arrest"),
], source="ecbplus:26_1ecb", note=NOTE_LP)

X, H = T("ecbplus:26_5ecb", "Italian police say.")
A("11", "unknown", "2008-12-17", H, X, [
    E("hours after being arrested", "arrested", "COERCE", "arrest", None,
      ("A suspected Mafia leader", MAF, "UAF"), None, None, speaker="Italian police",
      mod="reported", cl="rk-lp-arrest"),
], source="ecbplus:26_5ecb", note=NOTE_LP)

X, H = T("ecbplus:26_7ecb", "in Palermo.")
A("12", "unknown", "2008-12-17", H, X, [
    E("clan members arrested", "arrested", "COERCE", "arrest", None,
      ("the Mafia bosses and clan members", MAF, "UAF"), None, None, cl="rk-lp-raid"),
], source="ecbplus:26_7ecb", note=NOTE_LP)

X, H = T("ecbplus:26_10ecb", "raid.")
A("13", "unknown", "2008-12-17", H, X, [
    E("he was arrested", "arrested", "COERCE", "arrest", None, ("he", MAF, "UAF"), None, None,
      cl="rk-lp-arrest"),
], source="ecbplus:26_10ecb", note=NOTE_LP)

X, H = T("ecbplus:26_11ecb")
A("14", "unknown", "2008-12-17", H, X, [
    E("arrested Tuesday", "arrested", "COERCE", "arrest", None,
      ("A key suspected Mafia boss", MAF, "UAF"), T16, None, cl="rk-lp-arrest"),
], source="ecbplus:26_11ecb", note=NOTE_LP)

X, H = T("ecbplus:26_12ecb", "police said Wednesday.")
A("15", "unknown", "2008-12-17", H, X, [
    E("caught on wiretaps", "caught", "ACCUSE", "investigate", None, ("who", MAF, "UAF"), None,
      None, speaker="police", mod="reported"),
    E("hours after his arrest", "arrest", "COERCE", "arrest", None, ("his", MAF, "UAF"), None, None,
      speaker="police", mod="reported", cl="rk-lp-arrest"),
], source="ecbplus:26_12ecb", note=NOTE_LP)

# --------------------------------------------------------------------------
# 16-17 (ECB+ 18_10ecb, 18_16ecb): the Vancouver office-party shooting of
# Friday 12 December 2008 and the charge of Saturday 13 December.
# --------------------------------------------------------------------------
F12 = d("2008-12-12")
NOTE_VAN = ("published date not printed: inferred as Saturday 13 December 2008, the day of "
            "the charge and news conference after the Friday shooting (as rec_c)")
KIRK = ("Eric Allen Kirkpatrick", "CAN", None)
X, H = T("ecbplus:18_10ecb")
A("16", "unknown", "2008-12-13", H, X, [
    E("has been charged with first", "charged", "ACCUSE", "allege", None,
      ("A Vancouver man", "CAN", None), None, None, cl="rk-van-charge"),
    E("after a killing", "killing", "ASSAULT", None, None, None, F12, None, cl="rk-van-shooting"),
    E("opened fire at a Vancouver", "opened fire", "ASSAULT", "firearms", KIRK,
      ("one man", "CAN", "CVL"), F12, "Vancouver", speaker="Police", mod="reported",
      cl="rk-van-shooting"),
    E("shot one person dead", "shot", "ASSAULT", "firearms", ("a man", "CAN", None),
      ("one person", "CAN", "CVL"), F12, None, speaker=("Const. Tim Fanning", 1), mod="reported",
      cl="rk-van-shooting"),
    E("two hours of negotiations", "negotiations", "CONSULT", None, ("police", "CAN", "COP"),
      ("a suspect", "CAN", None), F12, None),
], source="ecbplus:18_10ecb", note=NOTE_VAN)

X, H = T("ecbplus:18_16ecb")
FAN = "Constable Tim Fanning"
A("17", "unknown", "2008-12-13", H, X, [
    E("is charged with first", "charged", "ACCUSE", "allege", None,
      ("A 61-year-old man", "CAN", None), None, None, cl="rk-van-charge"),
    E("party shooting", "shooting", "ASSAULT", "firearms", None, None, None, None,
      cl="rk-van-shooting"),
    E("is accused of fatally", "accused", "ACCUSE", "allege", None, KIRK, None, None,
      speaker=FAN, mod="reported"),
    E("fatally shooting Benjamin", "shooting", "ASSAULT", "firearms", KIRK,
      ("Benjamin David Banky", "CAN", "CVL"), None, None, speaker=FAN, mod="reported",
      cl="rk-van-shooting"),
    E("locked down the neighborhood", "locked down", "COERCE", "restrict", ("Police", "CAN", "COP"),
      None, None, None),
    E("Kirkpatrick gave up", "gave up", "RETREAT", None, ("Kirkpatrick", "CAN", None), None, None,
      None),
], source="ecbplus:18_16ecb", note=NOTE_VAN)

# --------------------------------------------------------------------------
# 18 (ECB+ 8_10ecbplus): a Greek blog's breaking copy of the Athens general
# strike of Wednesday 5 May 2010 and the Marfin bank fire, relaying Sky TV.
# --------------------------------------------------------------------------
M05 = d("2010-05-05")
X, H = T("ecbplus:8_10ecbplus")
GRK = ("international media and Greek Sky TV", "According to international media")
A("18", "Keep Talking Greece", "2010-05-05", H, X, [
    E("demonstrators hurled", "hurled", "PROTEST", "riot", ("demonstrators", "GRC", "CVL"),
      ("the Bank", "GRC", "BUS"), M05, None, speaker=GRK, mod="reported", cl="rk-marfin"),
    E("threw stones", "threw", "PROTEST", "riot", ("angry demonstrators", "GRC", "CVL"),
      ("the fire brigade", "GRC", "GOV"), M05, None, speaker="Reports", mod="reported"),
    E("was also set on fire", "set on fire", "PROTEST", "riot", None,
      ("The van of turkish NTV private channel", "TUR", "MED"), M05, None),
    E("Clashes between", "Clashes", "PROTEST", "riot", ("demonstrators", "GRC", "CVL"),
      ("plice", "GRC", "COP"), M05, None),
    E("taking part to the general strike", "strike", "PROTEST", "strike",
      ("Greek Media", "GRC", "MED"), None, M05, None, cl="rk-athens-strike"),
    E("Greeks demonstrate", "demonstrate", "PROTEST", "demo",
      ("Tens of thousands angry Greeks", "GRC", "CVL"), None, M05, "Athens",
      cl="rk-athens-demo"),
    E("to get bailout loans", "loans", "AID", None, ("EU & IMF", None, "IGO"),
      ("The Greek government", "GRC", "GOV"), None, None, mod="future"),
], source="ecbplus:8_10ecbplus")

# --------------------------------------------------------------------------
# 19 (ECB+ 11_6ecb): the Turkmen election of Sunday 14 December 2008, a near
# look-alike with one characterisation.
# --------------------------------------------------------------------------
X, H = T("ecbplus:11_6ecb", "isolation.")
A("19", "unknown", "2008-12-13", H, X, [
    E("the poll is a sham", "sham", "ACCUSE", "disapprove", ("Critics", None, None), None, None,
      None, speaker="Critics", mod="reported"),
], source="ecbplus:11_6ecb",
  note="published date not printed: 'go to the polls Sunday' (14 December 2008), inferred as the "
       "Saturday before (approximate)")

# --------------------------------------------------------------------------
# 20-21 (ECB+ 12_6ecb, 12_2ecb): INS Mysore and MV Gibe, Saturday 13
# December 2008, told by two more outlets, with INS Tabar's November acts and
# the October patrols recalled.
# --------------------------------------------------------------------------
S13 = d("2008-12-13")
NOV08 = mo("2008-11", True)
NAVY = ("The Indian Navy", "IND", "MIL")
X, H = T("ecbplus:12_6ecb", "Yemeni pirates.")
MYS = ("The Mysore", "IND", "MIL")
PIR = ("the pirates", None, "UAF")
A("20", "The Times of India", "2008-12-14", H, X, [
    E("foiled a hijack attempt in the notorious", "foiled", "COERCE", None, NAVY, None, S13,
      "Gulf of Aden", cl="rk-gibe-foil"),
    E("hijack attempt in the notorious", "hijack", "ASSAULT", "abduct", None, None, S13,
      "Gulf of Aden", cl="rk-gibe-attack"),
    E("arrested 23 heavily", "arrested", "COERCE", "arrest", NAVY,
      ("23 heavily armed Somalian and Yemeni pirates", None, "UAF"), S13, "Gulf of Aden",
      cl="rk-gibe-arrest"),
    E("launched an armed helicopter", "launched", "MOBILIZE", "troops",
      ("INS Mysore, a Delhi-class destroyer", "IND", "MIL"), None, S13, None, cl="rk-gibe-heli"),
    E("to stop the pirates", "stop", "COERCE", None,
      ("INS Mysore, a Delhi-class destroyer", "IND", "MIL"), PIR, S13, None, cl="rk-gibe-foil"),
    E("and hijacking the vessel", "hijacking", "ASSAULT", "abduct", PIR, ("the vessel", "ETH", "BUS"),
      S13, None, cl="rk-gibe-attack"),
    E("under heavy fire", "fire", "ASSAULT", "firearms", ("pirates", None, "UAF"),
      ("his ship", "ETH", "BUS"), S13, None,
      speaker="The skipper of the Ethiopian vessel", mod="reported", cl="rk-gibe-attack"),
    E("immediately launched a helicopter", "launched", "MOBILIZE", "troops",
      ("The Mysore", "IND", "MIL"), None,
      S13, None, cl="rk-gibe-heli"),
    E("abandoned their plans", "abandoned", "RETREAT", None, PIR, None, S13, None),
    E("The Mysore intercepted", "intercepted", "COERCE", "arrest", MYS,
      ("the mother vessel", None, "UAF"), S13, None, cl="rk-gibe-arrest"),
    E("fired ahead of it", "fired", "THREATEN", "violence", MYS, ("it", None, "UAF"), S13, None,
      mod="threatened"),
    E("As Mysore engaged", "engaged", "COERCE", None, ("Mysore", "IND", "MIL"), PIR, S13, None,
      cl="rk-gibe-foil"),
    E("the commandos boarded", "boarded", "COERCE", None, ("the commandos", "IND", "MIL"),
      ("the Salahaddin", None, "UAF"), S13, None),
    E("and arrested the pirates", "arrested", "COERCE", "arrest", ("the commandos", "IND", "MIL"),
      PIR, S13, None, cl="rk-gibe-arrest"),
    E("decided not to hold out", "hold out", "RETREAT", None, ("who", None, "UAF"), None, S13,
      None),
    E("The navy recovered", "recovered", "COERCE", "seize", ("The navy", "IND", "MIL"), None, S13,
      None, cl="rk-gibe-seize"),
    E("would be handed over to authorities", "handed over", "COERCE", "arrest", None,
      ("The pirates", None, "UAF"), None, None, mod="future"),
    E("the government authorized", "authorized", "MOBILIZE", "troops",
      ("the government", "IND", "GOV"), None, NOV08, None),
    E("carrying out anti-piracy patrols", "patrols", "MOBILIZE", "troops", ("The navy", "IND", "MIL"),
      None, d("2008-10-23", True), "Gulf of Aden", cl="rk-navy-patrols"),
    E("after it launched anti-piracy", "launched", "MOBILIZE", "troops", ("it", "IND", "MIL"), None,
      d("2008-10-23", True), None, cl="rk-navy-patrols"),
    E("Tabar sank a Somalian", "sank", "ASSAULT", None, ("Tabar", "IND", "MIL"),
      ("a Somalian pirate vessel", "SOM", "UAF"), d("2008-11-19", True), None,
      cl="rk-tabar-trawler"),
    E("after being threatened", "threatened", "THREATEN", "violence", None, ("Tabar", "IND", "MIL"),
      d("2008-11-19", True), None, mod="threatened"),
    E("warship foiled two", "foiled", "COERCE", None, ("the same warship", "IND", "MIL"), None,
      NOV08, "Gulf of Aden", cl="rk-tabar-foil"),
    E("two hijack attempts", "hijack", "ASSAULT", "abduct", None, None, NOV08, "Gulf of Aden",
      cl="rk-tabar-attempts"),
    E("It rescued an Indian", "rescued", "AID", None, ("It", "IND", "MIL"),
      ("an Indian flagship and a Saudi Arabian merchant vessel", None, "BUS"), NOV08, None,
      cl="rk-tabar-rescue"),
], source="ecbplus:12_6ecb",
  note="published date not printed: inferred as Sunday 14 December 2008, the day after the "
       "Saturday capture (The Times of India's report)")

X, H = T("ecbplus:12_2ecb", "India said.")
INF = ("Indian naval forces", "IND", "MIL")
DMS = "a Defence Ministry statement"
STM = ("the statement", "the statement said")
A("21", "Reuters", "2008-12-13", H, X, [
    E("came to the rescue", "rescue", "AID", None, INF, ("a merchant vessel", None, "BUS"), S13,
      "Gulf of Aden", speaker=("India", "India said."), mod="reported", cl="rk-gibe-rescue"),
    E("under attack by pirates", "attack", "ASSAULT", None, ("pirates", None, "UAF"),
      ("a merchant vessel", None, "BUS"), S13, "Gulf of Aden", speaker=("India", "India said."), mod="reported",
      cl="rk-gibe-attack"),
    E("capturing 23", "capturing", "COERCE", "arrest", INF, ("23 of the raiders", None, "UAF"), S13,
      "Gulf of Aden", speaker=("India", "India said."), mod="reported", cl="rk-gibe-arrest"),
    E("closing in and firing", "firing", "ASSAULT", "firearms", ("two boats", None, "UAF"), None,
      S13, None, speaker="the Ethiopian-flagged MV Gibe", relays=[DMS], mod="reported",
      cl="rk-gibe-attack"),
    E("the boats disengaged", "disengaged", "RETREAT", None, ("the boats", None, "UAF"), None, S13,
      None, speaker=(DMS, 1), mod="reported"),
    E("ordered them to stop", "ordered", "REQUEST", "yield", ("Mysore", "IND", "MIL"),
      ("them", None, "UAF"), S13, None, speaker=(DMS, 1), mod="demanded"),
    E("Indian commandos boarded", "boarded", "COERCE", None, ("Indian commandos", "IND", "MIL"),
      ("the larger pirate boat", None, "UAF"), S13, None, speaker=STM, mod="reported"),
    E("seizing 12 Somali", "seizing", "COERCE", "arrest", ("Indian commandos", "IND", "MIL"),
      ("12 Somali and 11 Yemeni nationals", None, "UAF"), S13, None, speaker=STM, mod="reported",
      cl="rk-gibe-arrest"),
    E("it had sunk the Somali", "sunk", "ASSAULT", None, ("it", "IND", "MIL"),
      ("mother ship", "SOM", "UAF"), NOV08, None, speaker="The Indian Navy", mod="reported",
      cl="rk-tabar-trawler"),
    E("was being hijacked", "hijacked", "ASSAULT", "abduct", None, ("a Thai ship", "THA", "BUS"),
      NOV08, None, speaker="an anti-piracy watchdog", mod="reported"),
], source="ecbplus:12_2ecb",
  note="published date not printed: Reuters copy of Saturday 13 December 2008, the day of the "
       "capture ('on Saturday', as rec_c and rec_i)")

# --------------------------------------------------------------------------
# 22 (ECB+ 3_10ecbplus): Comeaux recaptured in Houston on Monday 7 December
# 2009, with the escape of 30 November and his old crimes recalled.
# --------------------------------------------------------------------------
X, H = T("ecbplus:3_10ecbplus")
N30 = d("2009-11-30")
COM = (("he", "he pulled a gun"), "USA", None)
GUARDS = ("two guards", "USA", "COP")
A("22", "The San Diego Union-Tribune", "2009-12-07", H, X, [
    E("prisoner captured after", "captured", "COERCE", "arrest", None,
      ("Texas prisoner", "USA", None), d("2009-12-07"), None, cl="rk-comeaux-capture"),
    E("weeklong manhunt", "manhunt", "MOBILIZE", "police", None, None, wk("2009-W49"), None),
    E("was captured Monday", "captured", "COERCE", "arrest", None,
      ("A convicted sex offender", "USA", None), d("2009-12-07"), None, cl="rk-comeaux-capture"),
    E("was caught in northeast", "caught", "COERCE", "arrest", None,
      (("A hungry, wet and barefoot Arcade Joseph Comeaux Jr.", 1), "USA", None), d("2009-12-07"),
      "Houston", speaker="Alfredo Perez, a spokesman for the U. S. Marshals Service",
      mod="reported", cl="rk-comeaux-capture"),
    E("he pulled a gun", "pulled", "THREATEN", "violence", COM, GUARDS, N30, None, mod="threatened",
      cl="rk-comeaux-gun"),
    E("and fired it", "fired", "ASSAULT", "firearms", COM, None, N30, None),
    E("were forced to drive", "forced", "ASSAULT", "abduct", None, ("The guards", "USA", "COP"), N30,
      None, cl="rk-comeaux-hostage"),
    E("Comeaux took their weapons", "took", "COERCE", "seize", ("Comeaux", "USA", None),
      ("their", "USA", "COP"), N30, "Baytown", cl="rk-comeaux-guns"),
    E("handcuffed them together", "handcuffed", "ASSAULT", "abduct", ("Comeaux", "USA", None),
      ("them", "USA", "COP"), N30, "Baytown", cl="rk-comeaux-hostage"),
    E("aggravated sexual assault conviction", "conviction", "SANCTION", "convict", None, None,
      yr("1998"), None),
    E("was given two extra", "given", "SANCTION", "convict", None, ("He", "USA", None), None, None),
    E("after being convicted", "convicted", "SANCTION", "convict", None, ("He", "USA", None), None,
      None),
    E("of stabbing his wife", "stabbing", "ASSAULT", "primitive", ("He", "USA", None),
      ("his wife and another person", "USA", "CVL"), yr("1999"), None),
], source="ecbplus:3_10ecbplus")

# --------------------------------------------------------------------------
# 23-25 (GeoVirus): Mugabe's accusations over the cholera outbreak; hoax
# powder letters to Scientology churches; the Gadhimai sacrifice in Nepal.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-086", "three days ago.")
MUG = ("Zimbabwean president Robert Mugabe", "ZWE", "GOV")
A("23", "Wikinews", "2008-12-15", H, X, [
    E("has sent medical aid", "sent", "AID", None, ("The South African Red Cross", "ZAF", "NGO"),
      ("Zimbabwe", "ZWE", None), None, None),
    E("has asked for funds", "asked", "REQUEST", "assist",
      ("The South African Red Cross", "ZAF", "NGO"), None, None, None, mod="demanded"),
    E("are being assisted by others", "assisted", "AID", None, ("others", None, None),
      ("our doctors", "ZWE", "HLH"), None, None, speaker=MUG[0], relays=["a televised address"],
      mod="reported"),
    E("has also accused Western", "accused", "ACCUSE", "allege", ("Mugabe", "ZWE", "GOV"),
      ("Western powers", None, "GOV"), None, None),
    E("to overthrow him", "overthrow", "COERCE", None, ("Western powers", None, "GOV"),
      ("him", "ZWE", "GOV"), None, None, speaker="Mugabe", mod="future"),
    E("also blamed the United", "blamed", "ACCUSE", "allege",
      ("Other Zimbabwean high-ranking officials", "ZWE", "GOV"), ("the United Kingdom", "GBR", "GOV"),
      None, None),
    E("spreading cholera on purpose", "spreading", "ASSAULT", "unconventional",
      ("the United Kingdom", "GBR", "GOV"), None, None, None,
      speaker="Other Zimbabwean high-ranking officials", mod="reported"),
], source="geovirus:geovirus-086",
  note="published date not printed: the UN's 978-death figure and Mugabe's speech 'last "
       "Thursday' (11 December 2008) place it in the week of 15 December 2008 (approximate)")

X, H = T("geovirus:geovirus-078", "corn starch.")
FBI = ("Laura Eimiller, a spokeswoman for the FBI", 1)
A("24", "Wikinews", "2008-02-07", H, X, [
    E("have received several envelopes", "received", "THREATEN", "violence", None,
      ("The Church of Scientology", "USA", "REL"), None, None, mod="threatened", cl="rk-powder"),
    E("shut down a street", "shut down", "COERCE", "restrict", ("Authorities", "USA", "COP"), None,
      None, "Glendale"),
    E("Envelopes were also sent", "sent", "THREATEN", "violence", None, None, None, None,
      mod="threatened", cl="rk-powder"),
    E("will also work to assess", "assess", "ACCUSE", "investigate", ("We", "USA", "COP"), None, None,
      None, speaker=FBI, mod="future"),
    E("targeted 10 different", "targeted", "THREATEN", "violence", None,
      ("10 different Churches", "USA", "REL"), None, None, mod="threatened", cl="rk-powder"),
    E("Some also contained threats", "threats", "THREATEN", "violence", None, None, None, None,
      mod="threatened", cl="rk-powder"),
    E("scheduled protest", "protest", "PROTEST", "demo", ("an Internet group", None, None), None,
      d("2008-02-10"), None, mod="future"),
], source="geovirus:geovirus-078",
  note="published date not printed: the mailings came days before the Anonymous protest of "
       "10 February 2008; inferred as 7 February 2008 (approximate; no event is dated by it)")

X, H = T("geovirus:geovirus-089", "village of Bariyarpur.")
A("25", "Wikinews", "2009-11-24", H, X, [
    E("which recently banned", "banned", "COERCE", "restrict", ("which", "IND", "GOV"), None, None,
      None),
    E("have condemned the ceremony", "condemned", "ACCUSE", "disapprove",
      ("animal rights groups", None, "NGO"), None, None, None),
    E("has ignored requests", "ignored", "REJECT", None, ("the Nepalese government", "NPL", "GOV"),
      None, None, None),
    E("the government banned a similar", "banned", "COERCE", "restrict",
      ("the government", "NPL", "GOV"), None, yr("2008"), None),
    E("angry protests", "protests", "PROTEST", "demo", None, ("the government", "NPL", "GOV"),
      yr("2008"), None),
], source="geovirus:geovirus-089",
  note="published date not printed: the festival 'began today' and the MP skipped 'Tuesday's' "
       "meeting: Tuesday 24 November 2009, the opening of the 2009 Gadhimai festival")

# --------------------------------------------------------------------------
# 26-27 (ECB+ 24_10ecb, 24_7ecb): the Harry Winston robbery in Paris of
# Thursday 4 December 2008, a crime look-alike with no events (no person
# harmed, Batch g).
# --------------------------------------------------------------------------
NOTE_HW = ("published date not printed: the robbery was 'on Thursday' (4 December 2008); "
           "inferred as Friday 5 December 2008")
X, H = T("ecbplus:24_10ecb")
A("26", "unknown", "2008-12-05", H, X, [], source="ecbplus:24_10ecb", note=NOTE_HW)
X, H = T("ecbplus:24_7ecb", "clientele.")
A("27", "unknown", "2008-12-05", H, X, [], source="ecbplus:24_7ecb", note=NOTE_HW)

# ==========================================================================
# Own texts (28-40), written for eventwire (CC BY 4.0, this project).
# ==========================================================================

# --------------------------------------------------------------------------
# 28-30: Iran's strikes in Pakistan (Tuesday 16 January 2024) and Pakistan's
# strikes in Iran (Thursday 18 January) told by three outlets, with relays
# through two outlets, a negation by the attacker, a rebuttal and a
# conditional warning.
# --------------------------------------------------------------------------
J16, J17, J18 = d("2024-01-16"), d("2024-01-17"), d("2024-01-18")
X = ("Pakistan recalls envoy from Iran after deadly strike, warns of consequences\n"
     "ISLAMABAD, Jan 17 (Reuters) - Pakistan recalled its ambassador from Tehran on Wednesday and "
     "said Iran's envoy, who is visiting home, would not be allowed to return, a day after Iranian "
     "missiles and drones struck a village in the southwestern province of Balochistan, killing two "
     "children.\n"
     "\"This illegal act is completely unacceptable and has no justification whatsoever,\" foreign "
     "ministry spokeswoman Mumtaz Zahra Baloch told a news briefing, adding that Pakistan reserved "
     "the right to respond.\n"
     "She said Islamabad had also suspended all high-level visits with Tehran that had been planned "
     "in the coming days.\n"
     "Iran's state media said the Revolutionary Guards had targeted two bases of the militant group "
     "Jaish al-Adl in the Panjgur area on Tuesday. Tehran's foreign minister, Hossein "
     "Amirabdollahian, told a panel in Davos that no Pakistani nationals had been hit by the drones "
     "and missiles.\n"
     "Jaish al-Adl, a Sunni group that Iran says operates from Pakistani soil, has claimed attacks "
     "on Iranian border guards. In December it killed 11 police officers in a raid on a police "
     "station in Rask, according to Iranian media.\n"
     "Pakistan's caretaker Prime Minister Anwaar-ul-Haq Kakar cut short a visit to the World "
     "Economic Forum in Davos, his office said, and China urged both sides to show restraint.")
ISB = P(("ISLAMABAD", 1), "Islamabad")
BAL = "foreign ministry spokeswoman Mumtaz Zahra Baloch"
A("28", "Reuters", "2024-01-17", X.split("\n")[0], X, [
    E("Pakistan recalls envoy", "recalls", "SANCTION", "withdraw", ("Pakistan", "PAK", "GOV"),
      ("Iran", "IRN", "GOV"), J17, None, cl="rk-pak-recall"),
    E("deadly strike", "strike", "ASSAULT", "aerial", None, None, J16, None, cl="rk-iran-strike"),
    E("warns of consequences", "warns", "THREATEN", None, ("Pakistan", "PAK", "GOV"),
      ("Iran", "IRN", "GOV"), None, None, mod="threatened", cl="rk-pak-warn"),
    E("Pakistan recalled its ambassador", "recalled", "SANCTION", "withdraw",
      ("Pakistan", "PAK", "GOV"), ("Tehran", "IRN", "GOV"), J17, ISB, cl="rk-pak-recall"),
    E("would not be allowed to return", "allowed", "SANCTION", "expel", None,
      ("Iran's envoy", "IRN", "GOV"), None, None, speaker=("Pakistan", "Pakistan recalled its"),
      mod="future", cl="rk-pak-expel"),
    E("drones struck a village", "struck", "ASSAULT", "aerial",
      ("Iranian missiles and drones", "IRN", "MIL"), ("a village", "PAK", "CVL"), J16,
      "Balochistan", cl="rk-iran-strike"),
    E("completely unacceptable", "unacceptable", "ACCUSE", "disapprove", (BAL, "PAK", "GOV"), None,
      None, None, speaker=BAL, mod="reported"),
    E("Pakistan reserved the right", "reserved", "THREATEN", None, ("Pakistan", "PAK", "GOV"),
      None, None, None, speaker=(BAL, 1), mod="threatened", cl="rk-pak-warn"),
    E("had also suspended all high-level", "suspended", "REJECT", "meet",
      ("Islamabad", "PAK", "GOV"), ("Tehran", "IRN", "GOV"), None, None, speaker="She",
      mod="reported"),
    E("had targeted two bases", "targeted", "ASSAULT", "aerial",
      ("the Revolutionary Guards", "IRN", "MIL"),
      ("two bases of the militant group Jaish al-Adl", "IRN", "REB"), J16, "Panjgur",
      speaker="Iran's state media", mod="reported", cl="rk-iran-strike"),
    E("had been hit by the drones", "hit", "ASSAULT", "aerial",
      ("the drones and missiles", "IRN", "MIL"), ("Pakistani nationals", "PAK", "CVL"), J16, None,
      speaker="Tehran's foreign minister, Hossein Amirabdollahian", mod="negated",
      cl="rk-iran-neg"),
    E("it killed 11 police", "killed", "ASSAULT", None, ("it", "IRN", "REB"),
      ("11 police officers", "IRN", "COP"), mo("2023-12", True), "Rask",
      speaker="Iranian media", mod="reported"),
    E("China urged both sides", "urged", "REQUEST", None, ("China", "CHN", "GOV"),
      ("both sides", None, "GOV"), None, None, mod="demanded", cl="rk-china-restraint"),
])

X = ("Iran says strikes in Pakistan hit 'Iranian terrorists', not Pakistani civilians\n"
     "TEHRAN, Jan 17 (AFP) - Iran's foreign minister said on Wednesday that Tuesday's missile and "
     "drone strikes in Pakistan had targeted only members of an \"Iranian terrorist group\", "
     "rejecting Islamabad's accusation that civilians were killed.\n"
     "\"None of the nationals of the friendly and brotherly country of Pakistan were targeted by "
     "Iranian missiles and drones,\" Hossein Amirabdollahian said in Davos, according to the "
     "official IRNA news agency, as quoted by Al Arabiya.\n"
     "He said the Jaish al-Adl group had carried out attacks on Iranian soil from Pakistan and that "
     "Tehran had raised the matter with Pakistani officials several times.\n"
     "The strikes came a day after Iran fired missiles at what it called Israeli \"espionage "
     "centres\" in Iraq's Kurdistan region and at Islamic State targets in Syria, drawing "
     "condemnation from Baghdad, which recalled its ambassador from Tehran.\n"
     "Pakistan's foreign ministry on Wednesday condemned the strike as a \"blatant violation\" of "
     "its sovereignty and said Tehran would bear the consequences.\n"
     "Iran's state news agency IRNA said late on Wednesday that Iran's ambassador to Pakistan, who "
     "was in Tehran, had been informed of Islamabad's decision and that the Iranian foreign "
     "ministry would summon Pakistan's charge d'affaires.")
IFM = "Iran's foreign minister"
PFM = ("Pakistan's foreign ministry", "PAK", "GOV")
A("29", "AFP", "2024-01-17", X.split("\n")[0], X, [
    E("in Pakistan hit", "hit", "ASSAULT", "aerial", None, ("Iranian terrorists", "IRN", "REB"), J16,
      P("Pakistan", "Pakistan"), speaker="Iran", mod="reported", cl="rk-iran-strike"),
    E("had targeted only members", "targeted", "ASSAULT", "aerial", None, ("members", "IRN", "REB"),
      J16, P("Pakistan", "Pakistan"), speaker=IFM, mod="reported", cl="rk-iran-strike"),
    E("that civilians were killed", "killed", "ASSAULT", None, None, ("civilians", "PAK", "CVL"), J16,
      None, speaker=IFM, mod="denied", cl="rk-iran-civilians"),
    E("were targeted by Iranian", "targeted", "ASSAULT", "aerial",
      ("Iranian missiles and drones", "IRN", "MIL"),
      ("the nationals of the friendly and brotherly country of Pakistan", "PAK", "CVL"), J16, None,
      speaker="Hossein Amirabdollahian",
      relays=["the official IRNA news agency", "Al Arabiya"], mod="negated", cl="rk-iran-neg"),
    E("Iran fired missiles", "fired", "ASSAULT", "aerial", ("Iran", "IRN", "GOV"),
      ("Israeli", "ISR", "SPY"), d("2024-01-15"), None),
    E("what it called Israeli", "called", "ACCUSE", "allege", ("it", "IRN", "GOV"),
      ("Israeli", "ISR", "SPY"), None, None),
    E("drawing condemnation", "condemnation", "ACCUSE", "disapprove", ("Baghdad", "IRQ", "GOV"),
      ("Iran", "IRN", "GOV"), None, None),
    E("which recalled its ambassador", "recalled", "SANCTION", "withdraw", ("which", "IRQ", "GOV"),
      ("Tehran", "IRN", "GOV"), None, None),
    E("on Wednesday condemned the strike", "condemned", "ACCUSE", "disapprove", PFM, None, J17,
      None),
    E("condemned the strike as", "strike", "ASSAULT", "aerial", None, None, J16, None,
      speaker="Pakistan's foreign ministry", mod="reported", cl="rk-iran-strike"),
    E("would bear the consequences", "bear the consequences", "THREATEN", None, PFM,
      ("Tehran", "IRN", "GOV"), J17, None, speaker="Pakistan's foreign ministry",
      mod="threatened", cl="rk-pak-warn"),
    E("would summon Pakistan's", "summon", "ACCUSE", "disapprove",
      ("the Iranian foreign ministry", "IRN", "GOV"), ("Pakistan's charge d'affaires", "PAK", "GOV"),
      None, None, speaker="Iran's state news agency IRNA", mod="future"),
])

X = ("Pakistan strikes militant hideouts in Iran; Tehran says nine killed\n"
     "ISLAMABAD, Jan 18 (AA) - Pakistan carried out \"precision military strikes\" against militant "
     "hideouts in Iran's Sistan-Baluchestan province early on Thursday, two days after Iranian "
     "strikes on Pakistani territory, the foreign ministry in Islamabad said.\n"
     "\"A number of terrorists were killed during the intelligence-based operation,\" the ministry "
     "said in a statement, adding that Pakistan \"fully respects\" Iran's sovereignty and "
     "territorial integrity.\n"
     "Iran's deputy governor of Sistan-Baluchestan, Alireza Marhamati, told state television that "
     "three women, four children and two men, none of them Iranian nationals, were killed when "
     "missiles hit a village near the town of Saravan.\n"
     "Iran's foreign ministry summoned Pakistan's charge d'affaires to demand an explanation, the "
     "semi-official Tasnim news agency reported.\n"
     "Pakistan's military said it had no intention of escalating the situation but warned that it "
     "would respond \"with full force\" if Iran struck Pakistani territory again.\n"
     "Tehran's envoy had been told on Wednesday not to return to Islamabad, and Pakistan had "
     "recalled its own ambassador, Pakistan said a day earlier, after Tuesday's strike killed two "
     "children in Balochistan.\n"
     "The United Nations Secretary-General Antonio Guterres urged both countries to exercise "
     "maximum restraint, his spokesman said.")
FMI = "the foreign ministry in Islamabad"
PSD = ("Pakistan", "Pakistan said a day earlier")
TAS = ["the semi-official Tasnim news agency"]
MAR = "Iran's deputy governor of Sistan-Baluchestan, Alireza Marhamati"
A("30", "Anadolu", "2024-01-18", X.split("\n")[0], X, [
    E("Pakistan strikes militant", "strikes", "ASSAULT", "aerial", ("Pakistan", "PAK", "GOV"),
      ("militant hideouts", "PAK", "REB"), J18, P("Iran", "Iran"), cl="rk-pak-strike"),
    E("Tehran says nine killed", "killed", "ASSAULT", None, None, ("nine", None, "CVL"), J18, None,
      speaker="Tehran", mod="reported", cl="rk-pak-strike"),
    E("precision military strikes", "strikes", "ASSAULT", "aerial", ("Pakistan", "PAK", "GOV"),
      ("militant hideouts", "PAK", "REB"), J18, "Sistan-Baluchestan", speaker=FMI,
      mod="reported", cl="rk-pak-strike"),
    E("Iranian strikes on Pakistani", ("strikes", "Iranian strikes on Pakistani"), "ASSAULT", "aerial", ("Iranian", "IRN", "MIL"),
      ("Pakistani territory", "PAK", None), J16, None, speaker=FMI, mod="reported",
      cl="rk-iran-strike"),
    E("terrorists were killed", "killed", "ASSAULT", None, None,
      ("A number of terrorists", "PAK", "REB"), J18, None, speaker="the ministry", mod="reported",
      cl="rk-pak-strike"),
    E("two men, none of them", "killed", "ASSAULT", "aerial", ("missiles", "PAK", "MIL"),
      ("three women, four children and two men", None, "CVL"), J18, "Saravan", speaker=MAR,
      relays=["state television"], mod="reported", cl="rk-pak-strike"),
    E("ministry summoned Pakistan's", "summoned", "ACCUSE", "disapprove",
      ("Iran's foreign ministry", "IRN", "GOV"), ("Pakistan's charge d'affaires", "PAK", "GOV"),
      None, None, relays=TAS, cl="rk-iran-summon"),
    E("to demand an explanation", "demand", "REQUEST", None, ("Iran's foreign ministry", "IRN", "GOV"),
      ("Pakistan's charge d'affaires", "PAK", "GOV"), None, None, relays=TAS, mod="demanded"),
    E("but warned that it", "warned", "THREATEN", "violence", ("Pakistan's military", "PAK", "MIL"),
      ("Iran", "IRN", "GOV"), None, None, mod="threatened"),
    E("if Iran struck", "struck", "ASSAULT", None, ("Iran", "IRN", "GOV"),
      ("Pakistani territory", "PAK", None), None, None, speaker="Pakistan's military",
      mod="hypothetical"),
    E("had been told on Wednesday", "told", "SANCTION", "expel", None,
      ("Tehran's envoy", "IRN", "GOV"), J17, None, speaker=PSD, mod="reported",
      cl="rk-pak-expel"),
    E("Pakistan had recalled", "recalled", "SANCTION", "withdraw", ("Pakistan", "PAK", "GOV"), None,
      J17, None, speaker=PSD, mod="reported", cl="rk-pak-recall"),
    E("strike killed two children", "killed", "ASSAULT", "aerial", None,
      ("two children", "PAK", "CVL"), J16, "Balochistan", cl="rk-iran-strike"),
    E("Guterres urged", "urged", "REQUEST", None,
      ("The United Nations Secretary-General Antonio Guterres", None, "IGO"),
      ("both countries", None, "GOV"), None, None, relays=["his spokesman"], mod="demanded"),
])

# --------------------------------------------------------------------------
# 31: Hong Kong on the 35th Tiananmen anniversary (Tuesday 4 June 2024):
# recollections with explicit ("in 2020", "June 3-4, 1989") and relative
# ("A year later", "Last week", "Earlier") dates.
# --------------------------------------------------------------------------
X = ("Hong Kong police arrest four on Tiananmen anniversary\n"
     "HONG KONG, June 4 (AFP) - Hong Kong police arrested four people on Tuesday for \"acts with "
     "seditious intent\" as the city marked the 35th anniversary of Beijing's deadly crackdown on "
     "pro-democracy protesters in Tiananmen Square.\n"
     "Police said a 53-year-old man and a 37-year-old woman had been detained near Victoria Park "
     "for chalking words on the ground, and two others for displaying a placard. Officers also "
     "stopped and searched several people carrying candles.\n"
     "Victoria Park hosted a candlelit vigil every June 4 for three decades until police banned it "
     "in 2020, citing coronavirus restrictions. A year later, the organisers of the vigil, the Hong "
     "Kong Alliance, were arrested and charged with subversion under a national security law "
     "imposed by Beijing in June 2020. The group disbanded in September 2021.\n"
     "Chinese troops opened fire on protesters in and around the square on the night of June 3-4, "
     "1989. Beijing has never released a full death toll.\n"
     "Last week, police arrested six people under the city's new domestic security law for "
     "allegedly posting \"seditious\" content about the anniversary online, the first arrests "
     "under the law passed in March.\n"
     "The U.S. State Department on Monday urged Chinese authorities to release those detained for "
     "commemorating the anniversary. China's foreign ministry rejected the criticism, saying the "
     "matter was China's internal affair.\n"
     "In Taipei, a few hundred people gathered in Liberty Square for a commemoration, and Taiwan's "
     "President Lai Ching-te said the memory of June 4 \"will not disappear in the torrent of "
     "history\".")
HKD = P(("HONG KONG", 1), "Hong Kong")
TIA = d("1989-06-04", True)
A("31", "AFP", "2024-06-04", X.split("\n")[0], X, [
    E("police arrest four", "arrest", "COERCE", "arrest", ("Hong Kong police", "HKG", "COP"),
      ("four", "HKG", "CVL"), d("2024-06-04"), None, cl="rk-hk-arrest4"),
    E("police arrested four people", "arrested", "COERCE", "arrest",
      ("Hong Kong police", "HKG", "COP"), ("four people", "HKG", "CVL"), d("2024-06-04"), HKD,
      cl="rk-hk-arrest4"),
    E("deadly crackdown", "crackdown", "ASSAULT", None, ("Beijing", "CHN", "GOV"),
      ("pro-democracy protesters", "CHN", "CVL"), TIA, "Tiananmen Square", cl="rk-tiananmen"),
    E("had been detained near", "detained", "COERCE", "arrest", None,
      ("a 53-year-old man and a 37-year-old woman", "HKG", "CVL"), d("2024-06-04"),
      "Victoria Park", speaker="Police", mod="reported", cl="rk-hk-arrest4"),
    E("stopped and searched", "stopped", "COERCE", None, ("Officers", "HKG", "COP"),
      ("several people", "HKG", "CVL"), d("2024-06-04"), HKD),
    E("police banned it", "banned", "COERCE", "restrict", ("police", "HKG", "COP"), None,
      yr("2020"), None),
    E("were arrested and charged", "arrested", "COERCE", "arrest", None,
      ("the organisers of the vigil", "HKG", "NGO"), yr("2021"), None),
    E("and charged with subversion", "charged", "ACCUSE", "allege", None,
      ("the organisers of the vigil", "HKG", "NGO"), yr("2021"), None),
    E("imposed by Beijing", "imposed", "COERCE", "restrict", ("Beijing", "CHN", "GOV"), None,
      mo("2020-06", True), None),
    E("Chinese troops opened fire", "opened fire", "ASSAULT", "firearms",
      ("Chinese troops", "CHN", "MIL"), ("protesters", "CHN", "CVL"), TIA,
      P("the square", "Tiananmen Square"), cl="rk-tiananmen"),
    E("police arrested six people", "arrested", "COERCE", "arrest", ("police", "HKG", "COP"),
      ("six people", "HKG", "CVL"), wk("2024-W22"), HKD),
    E("on Monday urged Chinese", "urged", "REQUEST", "yield",
      ("The U.S. State Department", "USA", "GOV"), ("Chinese authorities", "CHN", "GOV"),
      d("2024-06-03"), None, mod="demanded"),
    E("rejected the criticism", "rejected", "REJECT", None, ("China's foreign ministry", "CHN", "GOV"),
      None, None, None),
])

# --------------------------------------------------------------------------
# 32-33: the Maldives asks India to withdraw its soldiers; India agrees to
# replace them (Reuters from Male, PTI from New Delhi).
# --------------------------------------------------------------------------
X = ("Maldives asks India to withdraw troops by March 15\n"
     "MALE, Jan 14 (Reuters) - The Maldives has formally asked India to withdraw its military "
     "personnel from the archipelago by March 15, a senior official in President Mohamed Muizzu's "
     "office said on Sunday, days after a diplomatic row over remarks by Maldivian ministers about "
     "Indian Prime Minister Narendra Modi.\n"
     "\"Indian military personnel cannot stay in the Maldives. This is the policy of President Dr "
     "Mohamed Muizzu and this administration,\" public policy secretary Abdulla Nazim Ibrahim told "
     "reporters.\n"
     "About 80 Indian soldiers are stationed in the Maldives, mainly to operate two helicopters and "
     "an aircraft that India donated to the island nation.\n"
     "Muizzu, who won the presidency in September on an \"India Out\" campaign, first raised the "
     "demand with India's representative on his second day in office in November.\n"
     "A core group of officials from both countries met in Male on Sunday to discuss the "
     "withdrawal, the official said. India's foreign ministry said in a statement posted on X that "
     "the two sides had \"held frank discussions\" and agreed to meet again in New Delhi.\n"
     "Earlier this month the Maldives suspended three deputy ministers who called Modi a \"clown\" "
     "and a \"puppet of Israel\" in posts on social media, after New Delhi summoned the Maldivian "
     "envoy to protest against the remarks.")
SOM = "a senior official in President Mohamed Muizzu's office"
IFMX = ("India's foreign ministry", ["X"])
JAN = mo("2024-01")
A("32", "Reuters", "2024-01-14", X.split("\n")[0], X, [
    E("Maldives asks India", "asks", "REQUEST", "yield", ("Maldives", "MDV", "GOV"),
      ("India", "IND", "GOV"), None, None, mod="demanded", cl="rk-mdv-ask"),
    E("has formally asked", "asked", "REQUEST", "yield", ("The Maldives", "MDV", "GOV"),
      ("India", "IND", "GOV"), None, None, speaker=SOM, mod="demanded", cl="rk-mdv-ask"),
    E("that India donated", "donated", "AID", None, (("India", "India donated"), "IND", "GOV"),
      ("the island nation", "MDV", "GOV"), None, None),
    E("first raised the demand", "raised", "REQUEST", "yield", ("Muizzu", "MDV", "GOV"),
      ("India's representative", "IND", "GOV"), mo("2023-11", True), None, mod="demanded"),
    E("met in Male", "met", "CONSULT", None,
      ("A core group of officials from both countries", None, "GOV"), None, d("2024-01-14"),
      "Male", speaker="the official", mod="reported", cl="rk-mdv-talks1"),
    E("held frank discussions", "discussions", "CONSULT", None, ("the two sides", None, "GOV"),
      None, d("2024-01-14"), None, speaker=IFMX[0], relays=IFMX[1], mod="reported",
      cl="rk-mdv-talks1"),
    E("and agreed to meet again", "agreed", "AGREE", None, ("the two sides", None, "GOV"), None,
      d("2024-01-14"), None, speaker=IFMX[0], relays=IFMX[1], mod="reported"),
    E("the Maldives suspended three", "suspended", "COERCE", "restrict",
      ("the Maldives", "MDV", "GOV"), ("three deputy ministers", "MDV", "GOV"), JAN,
      P(("MALE", 1), "Male")),
    E("who called Modi", "called", "ACCUSE", "disapprove", ("who", "MDV", "GOV"),
      ("Modi", "IND", "GOV"), JAN, None, relays=["social media"]),
    E("New Delhi summoned", "summoned", "ACCUSE", "disapprove", ("New Delhi", "IND", "GOV"),
      ("the Maldivian envoy", "MDV", "GOV"), JAN, None),
])

X = ("India to replace military personnel in Maldives with civilians by May 10\n"
     "NEW DELHI, Feb 2 (PTI) - India will replace its military personnel operating aviation "
     "platforms in the Maldives with \"competent Indian technical personnel\" by May 10, the "
     "Maldivian foreign ministry said on Friday after a second round of talks in New Delhi.\n"
     "The first batch would be replaced by March 10, the ministry said in a statement, carried by "
     "the Maldivian news portal Sun Online.\n"
     "External Affairs Ministry spokesperson Randhir Jaiswal said the two sides had agreed on \"a "
     "set of mutually workable solutions\" to continue the operation of the platforms, which "
     "provide humanitarian and medical evacuation services to the people of the Maldives.\n"
     "President Mohamed Muizzu had asked India on January 14 to pull out its troops by March 15. In "
     "his first address to parliament on Monday, he said his government would not allow any "
     "foreign military presence that threatened the country's sovereignty.\n"
     "Jaiswal denied that Indian soldiers had been engaged in any activity other than the "
     "operation of the aircraft. \"There is no question of our personnel doing anything else,\" he "
     "said.\n"
     "The two sides would hold the next round of talks in Male, the ministry said.")
JAI = "External Affairs Ministry spokesperson Randhir Jaiswal"
A("33", "PTI", "2024-02-02", X.split("\n")[0], X, [
    E("India to replace", "replace", "RETREAT", "withdraw", ("India", "IND", "GOV"), None,
      d("2024-05-10"), P("Maldives", "Maldives"), mod="future", cl="rk-mdv-replace"),
    E("India will replace", "replace", "RETREAT", "withdraw", ("India", "IND", "GOV"), None,
      d("2024-05-10"), P("the Maldives", "Maldives"), speaker="the Maldivian foreign ministry",
      mod="future", cl="rk-mdv-replace"),
    E("second round of talks", "talks", "CONSULT", None, None, None, None, "New Delhi",
      cl="rk-mdv-talks2"),
    E("would be replaced by March 10", "replaced", "RETREAT", "withdraw", None, None,
      d("2024-03-10"), None, speaker="the ministry",
      relays=["the Maldivian news portal Sun Online"], mod="future"),
    E("had agreed on", "agreed", "AGREE", None, ("the two sides", None, "GOV"), None, None, None,
      speaker=JAI, mod="reported"),
    E("had asked India on January 14", "asked", "REQUEST", "yield",
      ("President Mohamed Muizzu", "MDV", "GOV"), ("India", "IND", "GOV"),
      d("2024-01-14", True), None, mod="demanded", cl="rk-mdv-ask"),
    E("Jaiswal denied", "denied", "REJECT", None, ("Jaiswal", "IND", "GOV"), None, None, None),
    E("would hold the next round", "talks", "CONSULT", None, ("The two sides", None, "GOV"), None,
      None, "Male", speaker="the ministry", mod="future"),
])

# --------------------------------------------------------------------------
# 34: the ELN holds a footballer's father (AP, Bogota, 3 November 2023):
# conditional release, a conditional threat by the government's delegation,
# a denial, recollections (2019, August).
# --------------------------------------------------------------------------
X = ("Colombia's ELN says it holds footballer's father, will free him 'as soon as possible'\n"
     "BOGOTA, Nov 3 (AP) - Colombia's National Liberation Army (ELN) said on Thursday that one of "
     "its units had kidnapped the father of Liverpool forward Luis Diaz and that it would release "
     "him as soon as security conditions allowed.\n"
     "Luis Manuel Diaz was seized by armed men on motorcycles at a petrol station in Barrancas, in "
     "the northern province of La Guajira, on Oct. 28. His wife was also taken but was rescued by "
     "police hours later.\n"
     "The government's delegation to peace talks with the rebels said the kidnapping was \"a grave "
     "error\" and demanded his immediate release, warning that it would suspend the negotiations "
     "if he was not freed.\n"
     "\"If the military operations in the area continue, the release will be delayed,\" the ELN's "
     "Northern Front said in a statement posted on social media, according to the Caracol radio "
     "network.\n"
     "Defence Minister Ivan Velasquez said the army had not halted its search but would avoid any "
     "action that endangered the hostage. About 250 soldiers and police officers have been "
     "deployed in the region.\n"
     "The ELN, which signed a six-month ceasefire with President Gustavo Petro's government in "
     "August, denied that the abduction violated the truce, saying it had agreed only to stop "
     "offensive operations against the security forces.\n"
     "In 2019 the group killed 22 police cadets in a car bombing at a Bogota academy, prompting "
     "then-President Ivan Duque to break off talks.")
O28 = d("2023-10-28")
ELN = "Colombia's National Liberation Army (ELN)"
DEL = ("The government's delegation to peace talks with the rebels", "COL", "GOV")
NF = "the ELN's Northern Front"
NFR = ["social media", "the Caracol radio network"]
A("34", "AP", "2023-11-03", X.split("\n")[0], X, [
    E("it holds footballer's", "holds", "ASSAULT", "abduct", ("it", "COL", "REB"),
      ("footballer's father", "COL", "CVL"), O28, None, speaker="Colombia's ELN", mod="reported",
      cl="rk-eln-kidnap"),
    E("will free him", "free", "RETREAT", "release", ("it", "COL", "REB"), ("him", "COL", "CVL"),
      None, None, speaker="Colombia's ELN", mod="future", cl="rk-eln-release"),
    E("had kidnapped the father", "kidnapped", "ASSAULT", "abduct", ("one of its units", "COL", "REB"),
      ("the father of Liverpool forward Luis Diaz", "COL", "CVL"), O28, None, speaker=ELN,
      mod="reported", cl="rk-eln-kidnap"),
    E("it would release him", "release", "RETREAT", "release", (("it", "it would release"), "COL", "REB"),
      (("him", "release him"), "COL", "CVL"), None, None, speaker=ELN, mod="conditional",
      cond="as soon as security conditions allowed", cl="rk-eln-release"),
    E("was seized by armed men", "seized", "ASSAULT", "abduct", ("armed men", "COL", "UAF"),
      ("Luis Manuel Diaz", "COL", "CVL"), O28, "Barrancas", cl="rk-eln-kidnap"),
    E("His wife was also taken", "taken", "ASSAULT", "abduct", None, ("His wife", "COL", "CVL"), O28,
      None, cl="rk-eln-wife"),
    E("was rescued by police", "rescued", "AID", None, ("police", "COL", "COP"),
      ("His wife", "COL", "CVL"), O28, None),
    E("the kidnapping was", "kidnapping", "ASSAULT", "abduct", None, None, O28, None,
      speaker=DEL[0], mod="reported", cl="rk-eln-kidnap"),
    E("a grave ", "error", "ACCUSE", "disapprove", DEL, None, None, None, speaker=DEL[0],
      mod="reported"),
    E("demanded his immediate release", "demanded", "REQUEST", "yield", DEL,
      ("the rebels", "COL", "REB"), None, None, mod="demanded"),
    E("warning that it would suspend", "warning", "THREATEN", "relations", DEL,
      ("the rebels", "COL", "REB"), None, None, mod="threatened"),
    E("if he was not freed", "freed", "RETREAT", "release", None, (("he", "he was not freed"), "COL", "CVL"), None, None,
      speaker=DEL[0], mod="hypothetical", cl="rk-eln-release"),
    E("If the military operations", "operations", "MOBILIZE", "troops", None, None, None, None,
      speaker=NF, relays=NFR, mod="hypothetical"),
    E("the release will be delayed", "delayed", "THREATEN", None, (NF, "COL", "REB"), None, None,
      None, speaker=NF, relays=NFR, mod="threatened"),
    E("had not halted its search", "search", "MOBILIZE", "troops", ("the army", "COL", "MIL"), None,
      None, None, speaker="Defence Minister Ivan Velasquez", mod="reported"),
    E("have been deployed in the region", "deployed", "MOBILIZE", "troops", None, None, None,
      P("the region", "La Guajira")),
    E("which signed a six-month", "signed", "SUPPORT", None, ("which", "COL", "REB"),
      ("President Gustavo Petro's government", "COL", "GOV"), mo("2023-08", True), None,
      cl="rk-eln-ceasefire"),
    E("denied that the abduction", "denied", "REJECT", None, ("The ELN", "COL", "REB"), None, None,
      None),
    E("that the abduction violated", "abduction", "ASSAULT", "abduct", None, None, O28, None,
      speaker="The ELN", mod="reported", cl="rk-eln-kidnap"),
    E("it had agreed only", "agreed", "AGREE", None, (("it", "it had agreed only"), "COL", "REB"),
      None, mo("2023-08", True), None, speaker="The ELN", mod="reported", cl="rk-eln-ceasefire"),
    E("the group killed 22", "killed", "ASSAULT", "explosives", ("the group", "COL", "REB"),
      ("22 police cadets", "COL", "COP"), yr("2019"), "Bogota"),
    E("to break off talks", "break off", "REJECT", "meet",
      ("then-President Ivan Duque", "COL", "GOV"), ("the group", "COL", "REB"), yr("2019"), None),
])

# --------------------------------------------------------------------------
# 35-36: Venezuela's row with its neighbours after the election of Sunday
# 28 July 2024, told from Caracas (Reuters) and Panama City (AFP), with relay
# chains through two outlets and a conditional refusal.
# --------------------------------------------------------------------------
X = ("Venezuela expels diplomats from seven Latin American countries over election criticism\n"
     "CARACAS, July 29 (Reuters) - Venezuela on Monday ordered the withdrawal of diplomatic staff "
     "from Argentina, Chile, Costa Rica, Panama, Peru, the Dominican Republic and Uruguay, accusing "
     "their governments of \"interventionist actions\" after they questioned President Nicolas "
     "Maduro's declared victory in Sunday's election.\n"
     "Foreign Minister Yvan Gil said in a statement posted on Telegram that Caracas was also "
     "withdrawing its own diplomats from the seven countries and reserved \"all legal actions\" to "
     "defend its right to self-determination.\n"
     "Panama's President Jose Raul Mulino said his government would suspend relations with "
     "Venezuela and withdraw its diplomats until a full review of the vote was carried out. \"If "
     "the results are not verified, we will not recognise them,\" Mulino told reporters.\n"
     "Opposition leader Maria Corina Machado said the opposition had won by a wide margin and "
     "called on Venezuelans to gather peacefully in every city on Tuesday.\n"
     "Protesters banged pots and blocked roads in several districts of the capital on Monday, and "
     "police fired tear gas at demonstrators near the presidential palace, witnesses said.\n"
     "The electoral council, controlled by Maduro allies, has not published a breakdown of the "
     "results. In 2019, dozens of countries refused to recognise Maduro after an election widely "
     "described as fraudulent.")
J29 = d("2024-07-29")
CCS = P(("CARACAS", 1), "Caracas")
VEN = ("Venezuela", "VEN", "GOV")
GIL = "Foreign Minister Yvan Gil"
MUL = "Panama's President Jose Raul Mulino"
MCM = ("Opposition leader Maria Corina Machado", "VEN", "OPP")
A("35", "Reuters", "2024-07-29", X.split("\n")[0], X, [
    E("Venezuela expels diplomats", "expels", "SANCTION", "expel", VEN, ("diplomats", None, "GOV"),
      J29, None, cl="rk-ven-expel"),
    E("over election criticism", "criticism", "ACCUSE", "disapprove", None, None, None, None,
      cl="rk-ven-questioned"),
    E("ordered the withdrawal", "withdrawal", "SANCTION", "expel", VEN,
      ("diplomatic staff", None, "GOV"), J29, CCS, cl="rk-ven-expel"),
    E("accusing their governments", "accusing", "ACCUSE", "allege", VEN,
      ("their governments", None, "GOV"), J29, CCS),
    E("after they questioned", "questioned", "ACCUSE", "disapprove", ("they", None, "GOV"),
      ("President Nicolas Maduro", "VEN", "GOV"), None, None, cl="rk-ven-questioned"),
    E("was also withdrawing its own", "withdrawing", "SANCTION", "withdraw",
      ("Caracas", "VEN", "GOV"), ("the seven countries", None, "GOV"), J29, CCS, speaker=GIL,
      relays=["Telegram"], mod="reported", cl="rk-ven-recall"),
    E("and reserved", "reserved", "THREATEN", None, ("Caracas", "VEN", "GOV"), None, None, None,
      speaker=GIL, relays=["Telegram"], mod="threatened"),
    E("would suspend relations", "suspend", "SANCTION", "discontinue", ("his government", "PAN", "GOV"),
      ("Venezuela", "VEN", "GOV"), None, None, speaker=MUL, mod="future", cl="rk-pan-relations"),
    E("and withdraw its diplomats", "withdraw", "SANCTION", "withdraw",
      ("his government", "PAN", "GOV"), ("Venezuela", "VEN", "GOV"), None, None, speaker=MUL,
      mod="future"),
    E("we will not recognise", "recognise", "REJECT", None, ("we", "PAN", "GOV"), None, None, None,
      speaker=("Mulino", "Mulino told reporters"), mod="conditional",
      cond="If the results are not verified"),
    E("called on Venezuelans", "called on", "REQUEST", None, MCM, ("Venezuelans", "VEN", "CVL"),
      None, None, mod="demanded"),
    E("to gather peacefully", "gather", "PROTEST", "demo", ("Venezuelans", "VEN", "CVL"), None,
      d("2024-07-30"), None, speaker=MCM[0], mod="future"),
    E("Protesters banged pots", "banged pots", "PROTEST", "demo", ("Protesters", "VEN", "CVL"), None,
      J29, P("the capital", "Caracas"), speaker="witnesses", mod="reported"),
    E("and blocked roads", "blocked", "PROTEST", "obstruct", ("Protesters", "VEN", "CVL"), None, J29,
      P("the capital", "Caracas"), speaker="witnesses", mod="reported"),
    E("police fired tear gas", "fired", "ASSAULT", "crowd-control", ("police", "VEN", "COP"),
      ("demonstrators", "VEN", "CVL"), J29, P("the capital", "Caracas"), speaker="witnesses",
      mod="reported"),
    E("countries refused to recognise", "refused", "REJECT", None,
      ("dozens of countries", None, "GOV"), ("Maduro", "VEN", "GOV"), yr("2019"), None),
])

X = ("Panama suspends flights to Venezuela as diplomatic row deepens\n"
     "PANAMA CITY, July 30 (AFP) - Panama suspended all commercial flights to and from Venezuela "
     "on Tuesday, a day after Caracas expelled its diplomats in a row over Venezuela's disputed "
     "presidential election.\n"
     "Venezuela's civil aviation authority had announced on Monday night that flights to Panama and "
     "the Dominican Republic would be suspended from Wednesday, according to a statement read on "
     "state broadcaster VTV and relayed by the Venezuelan news agency AVN.\n"
     "\"We have been forced to take this measure in response to the unacceptable attitude of the "
     "Venezuelan regime,\" Panama's foreign minister Javier Martinez-Acha told the TVN channel, "
     "adding that Panama had 'temporarily suspended' relations with Caracas.\n"
     "Martinez-Acha denied that Panama had interfered in Venezuela's internal affairs, saying it "
     "had only called for a transparent count.\n"
     "Venezuela's foreign minister Yvan Gil said on Monday that Caracas would \"not allow\" foreign "
     "governments to question the result, and warned of \"consequences\" for those who did, "
     "according to remarks carried by Telesur and cited by Argentina's Clarin newspaper.\n"
     "Argentina's embassy in Caracas, where six Venezuelan opposition figures have been sheltering "
     "since March, asked Brazil to take charge of the building after its diplomats left.")
J30 = d("2024-07-30")
PAN = ("Panama", "PAN", "GOV")
MAC = "Panama's foreign minister Javier Martinez-Acha"
A("36", "AFP", "2024-07-30", X.split("\n")[0], X, [
    E("Panama suspends flights", "suspends", "SANCTION", "discontinue", PAN, VEN, J30, None,
      cl="rk-pan-flights"),
    E("Panama suspended all", "suspended", "SANCTION", "discontinue", PAN, VEN, J30,
      P(("PANAMA CITY", 1), "Panama City"), cl="rk-pan-flights"),
    E("Caracas expelled its diplomats", "expelled", "SANCTION", "expel", ("Caracas", "VEN", "GOV"),
      ("its diplomats", "PAN", "GOV"), J29, None, cl="rk-ven-expel"),
    E("would be suspended from Wednesday", "suspended", "SANCTION", "discontinue", None,
      ("Panama and the Dominican Republic", None, "GOV"), d("2024-07-31"), None,
      speaker="Venezuela's civil aviation authority",
      relays=["state broadcaster VTV", "the Venezuelan news agency AVN"], mod="future",
      cl="rk-ven-flights"),
    E("the unacceptable attitude", "unacceptable", "ACCUSE", "disapprove", ("We", "PAN", "GOV"),
      ("the Venezuelan regime", "VEN", "GOV"), None, None, speaker=MAC, relays=["the TVN channel"],
      mod="reported"),
    E("'temporarily suspended'", "suspended", "SANCTION", "discontinue",
      (("Panama", "Panama had 'temporarily"), "PAN", "GOV"), ("Caracas", "VEN", "GOV"), None, None,
      speaker=MAC, relays=["the TVN channel"], mod="reported", cl="rk-pan-relations"),
    E("had interfered in", "interfered", "COERCE", None, ("Panama", "PAN", "GOV"),
      ("Venezuela", "VEN", "GOV"), None, None, speaker="Martinez-Acha", mod="denied"),
    E("had only called for", "called for", "REQUEST", "change", ("it", "PAN", "GOV"), None, None,
      None, speaker="Martinez-Acha", mod="demanded"),
    E("and warned of", "warned", "THREATEN", None,
      ("Venezuela's foreign minister Yvan Gil", "VEN", "GOV"), ("those", None, "GOV"), J29, None,
      relays=["Telesur", "Argentina's Clarin newspaper"], mod="threatened"),
    E("asked Brazil", "asked", "REQUEST", "assist", ("Argentina's embassy in Caracas", "ARG", "GOV"),
      ("Brazil", "BRA", "GOV"), None, None, mod="demanded"),
])

# --------------------------------------------------------------------------
# 37: Burkina Faso's foiled plot and Ivory Coast's denial (Reuters,
# Ouagadougou, 24 September 2024), with old coups and detentions recalled.
# --------------------------------------------------------------------------
X = ("Burkina Faso says it foiled coup plot, accuses Ivory Coast of harbouring plotters\n"
     "OUAGADOUGOU, Sept 24 (Reuters) - Burkina Faso's military government said on Monday it had "
     "foiled a plot to destabilise the country and accused neighbouring Ivory Coast of hosting "
     "officers who planned attacks on state institutions.\n"
     "Security Minister Mahamadou Sana said on state television RTB that the plotters had planned "
     "to attack the presidency and the headquarters of the intelligence services on Sept. 16, and "
     "that several suspects had been arrested.\n"
     "\"Had this plan succeeded, our country would have been plunged into chaos,\" Sana said.\n"
     "Ivory Coast's government spokesman Amadou Coulibaly denied that his country had served as a "
     "base for the plotters, calling the accusations \"totally unfounded\".\n"
     "\"Ivory Coast has never supported and will never support any attempt to destabilise a "
     "neighbouring country,\" Coulibaly told reporters in Abidjan on Tuesday.\n"
     "Relations between the two countries have been tense since Captain Ibrahim Traore seized power "
     "in September 2022, eight months after an earlier coup. Burkinabe authorities detained two "
     "Ivorian gendarmes who crossed the border in September 2023 and released them only in July "
     "this year after mediation by Togo.\n"
     "Burkina Faso's junta has said it has thwarted several plots since then.")
S23 = d("2024-09-23")
BMG = ("Burkina Faso's military government", "BFA", "GOV")
SANA = "Security Minister Mahamadou Sana"
BKA = ("Burkinabe authorities", "BFA", "GOV")
A("37", "Reuters", "2024-09-24", X.split("\n")[0], X, [
    E("it foiled coup plot", "foiled", "COERCE", None, ("it", "BFA", "GOV"), None, None, None,
      speaker="Burkina Faso", mod="reported", cl="rk-bf-foil"),
    E("accuses Ivory Coast", "accuses", "ACCUSE", "allege", ("Burkina Faso", "BFA", "GOV"),
      ("Ivory Coast", "CIV", "GOV"), S23, None, cl="rk-bf-accuse"),
    E("it had foiled", "foiled", "COERCE", None, (("it", "it had foiled"), "BFA", "GOV"), None, None,
      None, speaker=BMG[0], mod="reported", cl="rk-bf-foil"),
    E("and accused neighbouring", "accused", "ACCUSE", "allege", BMG,
      ("neighbouring Ivory Coast", "CIV", "GOV"), S23, P(("OUAGADOUGOU", 1), "Ouagadougou"),
      cl="rk-bf-accuse"),
    E("planned attacks on state", "attacks", "ASSAULT", None, ("officers", "BFA", "MIL"),
      ("state institutions", "BFA", "GOV"), None, None, speaker=BMG[0], mod="future",
      cl="rk-bf-plan"),
    E("to attack the presidency", "attack", "ASSAULT", None, ("the plotters", "BFA", "MIL"),
      ("the presidency and the headquarters of the intelligence services", "BFA", "GOV"),
      d("2024-09-16", True), None, speaker=SANA, relays=["state television RTB"], mod="future",
      cl="rk-bf-plan"),
    E("had been arrested", "arrested", "COERCE", "arrest", None, ("several suspects", "BFA", None),
      None, None, speaker=SANA, relays=["state television RTB"], mod="reported"),
    E("Coulibaly denied", "denied", "REJECT", None,
      ("Ivory Coast's government spokesman Amadou Coulibaly", "CIV", "GOV"), None, None, None),
    E("has never supported", "supported", "SUPPORT", None, ("Ivory Coast", "CIV", "GOV"), None,
      None, None, speaker="Coulibaly", mod="denied"),
    E("will never support", ("support", "will never support"), "SUPPORT", None, ("Ivory Coast", "CIV", "GOV"), None, None,
      None, speaker="Coulibaly", mod="negated"),
    E("Traore seized power", "seized power", "COERCE", None, ("Captain Ibrahim Traore", "BFA", "MIL"),
      None, mo("2022-09", True), None),
    E("an earlier coup", "coup", "COERCE", None, None, None, mo("2022-01", True), None),
    E("authorities detained two", "detained", "COERCE", "arrest", BKA,
      ("two Ivorian gendarmes", "CIV", "COP"), mo("2023-09", True), None),
    E("and released them", "released", "RETREAT", "release", BKA, ("them", "CIV", "COP"),
      mo("2024-07", True), None),
    E("mediation by Togo", "mediation", "CONSULT", "third-party", ("Togo", "TGO", "GOV"), None, None,
      None),
])

# --------------------------------------------------------------------------
# 38: Burundi closes its border with Rwanda (Reuters, Bujumbura, Thursday 11
# January 2024): a claim, a rebuttal, a conditional expulsion, the 2015
# closure and the 2022 reopening recalled.
# --------------------------------------------------------------------------
X = ("Burundi closes border with Rwanda, accuses Kigali of backing rebels\n"
     "BUJUMBURA, Jan 11 (Reuters) - Burundi closed its border with Rwanda on Thursday, Interior "
     "Minister Martin Niteretse said, two weeks after Burundian President Evariste Ndayishimiye "
     "accused Kigali of backing rebels who killed 20 people near the border.\n"
     "\"We have closed the border and we do not want anything to do with Rwanda, which harbours "
     "criminals,\" Niteretse said, adding that Rwandans in Burundi would be expelled if they were "
     "found to be in the country illegally.\n"
     "The RED-Tabara rebel group claimed the Dec. 22 attack in Gatumba, near the border with Congo, "
     "saying it had targeted military positions. Burundi's army said the dead included 12 children "
     "and a pregnant woman.\n"
     "Rwanda's government spokeswoman Yolande Makolo denied that Kigali had any links with "
     "RED-Tabara and said the border closure violated the principles of the East African "
     "Community. \"This unfortunate decision will hurt the people of both countries,\" she wrote "
     "on X.\n"
     "Burundi previously closed the border in 2015, after accusing Rwanda of backing a failed coup "
     "attempt. It reopened in 2022, a year after the two countries began talks to normalise "
     "relations.")
J11 = d("2024-01-11")
W52 = wk("2023-W52", True)
D22 = d("2023-12-22", True)
NIT = "Interior Minister Martin Niteretse"
RED = "The RED-Tabara rebel group"
MAK = ("Rwanda's government spokeswoman Yolande Makolo", "RWA", "GOV")
A("38", "Reuters", "2024-01-11", X.split("\n")[0], X, [
    E("Burundi closes border", "closes", "SANCTION", "discontinue", ("Burundi", "BDI", "GOV"),
      ("Rwanda", "RWA", "GOV"), J11, None, cl="rk-bdi-close"),
    E("accuses Kigali", "accuses", "ACCUSE", "allege", ("Burundi", "BDI", "GOV"),
      ("Kigali", "RWA", "GOV"), W52, None, cl="rk-bdi-accuse"),
    E("Burundi closed its border", "closed", "SANCTION", "discontinue", ("Burundi", "BDI", "GOV"),
      ("Rwanda", "RWA", "GOV"), J11, P(("BUJUMBURA", 1), "Bujumbura"), speaker=NIT,
      mod="reported", cl="rk-bdi-close"),
    E("Ndayishimiye accused Kigali", "accused", "ACCUSE", "allege",
      ("Burundian President Evariste Ndayishimiye", "BDI", "GOV"), ("Kigali", "RWA", "GOV"), W52,
      None, cl="rk-bdi-accuse"),
    E("who killed 20", "killed", "ASSAULT", None, ("who", "BDI", "REB"), ("20 people", "BDI", "CVL"),
      D22, None, cl="rk-gatumba"),
    E("We have closed the border", "closed", "SANCTION", "discontinue", ("We", "BDI", "GOV"), None,
      J11, None, speaker="Niteretse", mod="reported", cl="rk-bdi-close"),
    E("would be expelled", "expelled", "COERCE", "deport", None, ("Rwandans", "RWA", "CVL"), None,
      None, speaker="Niteretse", mod="conditional",
      cond="if they were found to be in the country illegally"),
    E("Dec. 22 attack", "attack", "ASSAULT", None, (RED, "BDI", "REB"), None, D22, "Gatumba",
      speaker=RED, mod="reported", cl="rk-gatumba"),
    E("it had targeted military", "targeted", "ASSAULT", None, (("it", "it had targeted"), "BDI", "REB"),
      ("military positions", "BDI", "MIL"), D22, None, speaker=RED, mod="reported",
      cl="rk-gatumba"),
    E("Makolo denied", "denied", "REJECT", None, MAK, None, None, None),
    E("the border closure violated", "closure", "SANCTION", "discontinue", None, None, J11, None,
      speaker=MAK[0], mod="reported", cl="rk-bdi-close"),
    E("closure violated the principles", "violated", "ACCUSE", "disapprove", MAK, None, None, None,
      speaker=MAK[0], mod="reported"),
    E("Burundi previously closed", "closed", "SANCTION", "discontinue", ("Burundi", "BDI", "GOV"),
      None, yr("2015"), None),
    E("after accusing Rwanda", "accusing", "ACCUSE", "allege", ("Burundi", "BDI", "GOV"),
      ("Rwanda", "RWA", "GOV"), yr("2015"), None),
    E("a failed coup", "coup", "COERCE", None, None, None, yr("2015"), None),
    E("It reopened in 2022", "reopened", "CONCEDE", None, None, None, yr("2022"), None),
    E("began talks to normalise", "talks", "CONSULT", None, ("the two countries", None, "GOV"),
      None, yr("2021"), None),
])

# --------------------------------------------------------------------------
# 39-40: look-alikes with no events: a Tour de France stage told in war
# figures, and lava breaching the defences of an Icelandic town.
# --------------------------------------------------------------------------
X = ("Pogacar routs rivals in Alpine ambush to tighten grip on Tour\n"
     "ISOLA 2000, France, July 18 (Reuters) - Tadej Pogacar launched a devastating attack six "
     "kilometres from the summit on Thursday, leaving his rivals for dead as he stormed to his "
     "fourth stage win and tightened his stranglehold on the Tour de France.\n"
     "The Slovenian's UAE Team Emirates squad had besieged the front of the peloton all day, "
     "neutralising a breakaway that had threatened to steal the stage, before their leader struck "
     "on the final climb.\n"
     "Defending champion Jonas Vingegaard tried to counter-attack but surrendered nearly two "
     "minutes at the finish. \"I was beaten by a stronger rider today. We will not give up, we will "
     "fight back in the Pyrenees,\" the Dane said.\n"
     "Visma-Lease a Bike's sports director accused the race jury of ignoring an illegal tow behind "
     "a team car and said the team would lodge a protest, which organisers rejected late on "
     "Thursday.\n"
     "Remco Evenepoel, third overall, said he would keep firing shots at the leader until Paris. "
     "\"I am not going to surrender,\" he said.\n"
     "The race resumes on Friday with another mountain stage.")
A("39", "Reuters", "2024-07-18", X.split("\n")[0], X, [])

X = ("Lava breaches defences, swallows homes in Icelandic fishing town\n"
     "REYKJAVIK, Jan 15 (Reuters) - Lava from a volcanic eruption breached earthen barriers and "
     "engulfed several houses on the edge of the Icelandic town of Grindavik on Sunday, in what "
     "President Gudni Johannesson called \"a daunting onslaught of the forces of nature\".\n"
     "The town's roughly 3,700 residents had been evacuated in the early hours of Sunday before the "
     "fissure opened. Workers had been racing to fortify the barriers, which diverted much of the "
     "flow, but a second fissure opened inside the defences around midday.\n"
     "\"We are fighting a battle we cannot win in the short term,\" geophysicist Magnus Tumi "
     "Gudmundsson told the state broadcaster RUV.\n"
     "Prime Minister Katrin Jakobsdottir said the government would ensure that residents continued "
     "to receive their salaries and would help them find housing.\n"
     "The eruption is the fifth on the Reykjanes peninsula since 2021, when the area awoke after "
     "800 years of dormancy. The nearby Blue Lagoon spa, one of Iceland's main tourist attractions, "
     "closed its doors until further notice.")
A("40", "Reuters", "2024-01-15", X.split("\n")[0], X, [])


def main():
    check_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_k-22": [
            E("Comeaux was serving a sentence", "sentence", "SANCTION", "convict", None, ("Comeaux", "USA", None), None, None, cl="rec_k-22-e10"),  # relabel50
        ],
    }
    # relabel56 (a): an authority's future refusal ("would not allow ...")
    # is COERCE `restrict` `future` (docs/annotation.md, "Questions decided
    # (relabel56, 2026-12-06)"; it replaces rec_k-33's "not labelled"),
    # appended at the article's end so no event index a table names moves.
    relabel56 = {
        "rec_k-33": [
            E("his government would not allow any foreign", "allow", "COERCE", "restrict", ("his government", "MDV", "GOV"), None, None, None, speaker=("he", "he said his government"), mod="future"),  # relabel56
        ],
        "rec_k-36": [
            E("Caracas would \"not allow\" foreign", "allow", "COERCE", "restrict", ("Caracas", "VEN", "GOV"), ("foreign governments", None, "GOV"), None, None, speaker="Venezuela's foreign minister Yvan Gil", relays=("Telesur", "Argentina's Clarin newspaper"), mod="future"),  # relabel56
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
        art["events"].extend(relabel56.get(art["id"], []))
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_k-24": [
            E("while they examined the substance", "examined", "ACCUSE", "investigate", (("they", "they examined the substance"), "USA", "COP"), None, None, None),  # relabel62 (e): authorities examining a hoax letter's powder
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


SHARED = shared_data(__file__)


if __name__ == "__main__":
    main()
