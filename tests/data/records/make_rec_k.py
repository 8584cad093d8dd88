"""Build tests/data/records/rec_k.jsonl: gold whole-record events (batch rec_k).

rec_k is the FRESH BLIND SET after rec_j: every article has ``"split":
"blind"``, and every label was written before eventwire ever ran on any of
these texts (no pipeline, no ``eval records``, no spaCy on them while
labelling, no eventwire rule code read, and no system output looked at). Run
it once, at the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_k.jsonl --split blind

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

from pathlib import Path

from needles import Batch, E, P, check_sources, d, mo, wk, yr

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
    """A real text and its title: the headline line, or the first sentence
    (ending in ``sentence``) of a text with no headline."""
    text = TEXTS[key]
    if sentence:
        return text, text[:text.index(sentence) + len(sentence)]
    return text, text.split('\n')[0]


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


def main():
    check_sources(BATCH, SHARED)
    BATCH.write()


# /work/shared/data from the main checkout (parents[4]) or a worktree under /work/wt (parents[5])
SHARED = next((p / "shared" / "data" for p in Path(__file__).resolve().parents[4:6]
               if (p / "shared" / "data").exists()), Path("/nonexistent"))


if __name__ == "__main__":
    main()
