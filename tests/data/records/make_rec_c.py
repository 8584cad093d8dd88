"""Build tests/data/records/rec_c.jsonl: gold whole-event records (see
docs/annotation.md) for 16 real, freely licensed news texts copied verbatim
from ECB+ (CC BY 3.0, Cybulska & Vossen 2014) and MEANTIME's Wikinews
articles (CC BY 4.0); see ATTRIBUTION.md in this directory.

Labelled by hand from the guide only (ECB+/MEANTIME annotations were not
copied; ECB+ cluster ids were at most consulted for coreference).
Run: python3 tests/data/records/make_rec_c.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from needles import (  # noqa: E402
    apply_actor_relabel,
    apply_court_place_relabel,
    apply_date_relabel,
    apply_event_relabel,
    apply_mode_relabel,
    apply_place_relabel,
    apply_recipient_relabel,
    apply_relay_relabel,
    apply_sector_relabel,
    apply_trigger_relabel,
    apply_type_relabel,
)
from spans import locate, write_jsonl  # noqa: E402

BATCH = "rec_c"
OUT = Path(__file__).resolve().parent / f"{BATCH}.jsonl"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "reported", "threatened", "demanded", "conditional", "hypothetical",
              "future", "negated", "denied"}
GRANULARITIES = {"day", "week", "month", "year", "unknown"}

# Verbatim texts (field `text`) of the source articles; see ATTRIBUTION.md.
TEXTS = {
    "ecbplus:12_11ecb": (
        'The Indian navy said it arrested 23 pirates who threatened a merchant vessel in the Gulf of Aden on Saturday, the latest in a series of recent clashes with Somali pirates.\n'
        'Indian forces repulsed the pirates as they were about to board the merchant ship, navy spokesman Commander Nirad Sinha said.\n'
        'The pirates are from Somalia and Yemen, two countries surrounding the Gulf of Aden, Sinha said.\n'
        'No further details were immediately available.\n'
        "Last month, India's navy drew criticism after sinking a Thai fishing trawler that had been commandeered hours earlier by pirates.\n"
        'The navy defended its actions, saying it had fired in self-defense.\n'
        'Somali pirates have become increasingly brazen in recent months, seizing a number of vessels including a Saudi supertanker loaded with $100 million worth of crude oil.\n'
        'Somalia, an impoverished nation caught up in an Islamic insurgency, has not had a functioning government since 1991.'
    ),
    "ecbplus:12_13ecb": (
        'The Indian navy captured 23 pirates in the Gulf of Aden after rescuing a merchant vessel that was being hijacked on Saturday, the Defence Ministry said.\n'
        'The Indian INS Mysore was patrolling the waters when it received a distress call from Ethiopian-flagged MV Gibe saying two boats were closing in and firing, a Defence Ministry statement said.\n'
        '``On sighting the helicopter and Mysore, the boats disengaged from MV Gibe and attempted escape.\n'
        "Mysore closed the vessels and ordered them to stop.''\n"
        'Indian commandos boarded the larger pirate boat, seizing 12 Somali and 11 Yemeni nationals as well as arms and equipment, the statement said.\n'
        'Piracy in the Gulf of Aden has been on a rise this year, with several high-profile hijackings, including the capture of Saudi supertanker Sirius Star, which was loaded with $100 million of crude oil.'
    ),
    "ecbplus:12_7ecb": (
        'The Indian navy said it has captured 23 Somali and Yemeni pirates who attacked a merchant vessel in the Gulf of Aden on Saturday.\n'
        'An Indian navy ship sent its marine commandos on a helicopter towards the Ethiopian flag-bearing vessel MV Gibe after getting a distress call from it as it came under fire from two boats, the navy said in a statement.\n'
        'The boats tried to escape on seeing the navy ship but were chased and the pirates surrendered to the commandos when they boarded the boats.\n'
        "``Twenty-three personnel (12 Somali and 11 Yemeni) surrendered on boarding,'' the navy said.\n"
        'The pirates, along with their arms and equipment, would be handed over to the appropriate authorities, it said, adding that the ship would return to patrolling the Gulf of Aden.\n'
        "Last month, the navy said it had sunk a pirate ``mother vessel'' off Somalia in a battle that erupted after the Indian ship INS Tabar came under attack from gunmen on board the boat.\n"
        'But the International Maritime Bureau later said that the vessel destroyed by the Indian navy was actually a Thai fishing trawler that had been seized by pirates off Yemen.\n'
        'Somali pirates have carried out around 100 attacks in the Gulf of Aden and Indian Ocean since the start of this year.\n'
        'They still hold at least 14 foreign vessels and more than 300 crew members to ransom.'
    ),
    "ecbplus:12_18ecb": (
        'The Indian Navy said Saturday it had captured 23 pirates as they tried to board an Ethiopian-flagged vessel in the Gulf of Aden.\n'
        'The pirates were Somali and Yemeni, the BBC reported. A navy spokesman said the Indians responded to a distress call from the MV Gibe and caught the pirates in the act.\n'
        "On Friday, a high-level U.S. naval commander said attacking Somali ports probably wouldn't be effective in battling rampant piracy.\n"
        'Speaking at a security conference in Bahrain attended by representatives from 25 countries, U.S. Navy Vice Adm. Bill Gortney said there would many difficulties in attacking land bases in an effort to curtail piracy.\n'
        'Gortney maintained that civilian casualties could be high in such attacks because pirates would be hard to identify.\n'
        'Instead, he suggested shippers employ armed guards to protect their vessels from hijackings.\n'
        'Meanwhile, Somali pirates Saturday released a Greek chemical tanker, the MV Action, they had held since October, a piracy monitor told CNN.\n'
        "``She is currently limping to safe waters (and) it is feared that three crew members lost their lives under questionable circumstances,'' Andrew Mwangura, head of the Seafarers Assistance Program in Mombasa, Kenya"
    ),
    "ecbplus:8_4ecbplus": (
        'http: / / www. news. com. au / newstest2 / archive - old - assets / three - dead - after - fire - bomb - hits - bank - during - greek - riots / story - e6frfkyi - 1225862790476\n'
        'Three dead after fire - bomb hits bank during Greek riots\n'
        'A FIRE - BOMB attack on a bank in Athens left at least three people dead as police fought pitched battles with striking protesters furious at brutal spending cuts designed to avoid national bankruptcy.\n'
        'Hooded youths hurled petrol bombs at stores and businesses in the Greek capital, setting the bank and two government buildings ablaze.\n'
        "Protesters also tried to storm the Greek Parliament and the rioting spread to Greece's second city, Thessaloniki.\n"
        'Police said at least three people, a man and two women, were killed in the fire - bomb attack.\n'
        'Firefighters said as many as 20 people had been inside the bank.\n'
        'It was unclear if the dead were customers or bank employees.\n'
        'Two buildings, one used by tax officials and another by regional authorities, also caught fire.\n'
        'Greek President Carolos Papoulias condemned the violence, saying the debt - hit country had "reached the edge of the abyss".\n'
        '"Our country has reached the edge of the abyss.\n'
        'It is the responsibility of us all to not take the step into the void.\n'
        '"What is at stake in coming days is to keep social cohesion and social peace. "\n'
        'Greek Prime Minister George Papandreou said the firebombing was a "raw murderous act".\n'
        'Athens underground stations were shuttered and the international airport deserted as tens of thousands of union members rallied on the eve of a vote in parliament on the planned cuts and tax hikes.\n'
        "The general strike was the first major test of the Socialist government's resolve to push through unprecedented measures since agreeing a ����110 billion ($158 billion) EU and IMF debt bailout over the weekend.\n"
        "Prime Minister George Papandreou's insistence that the measures are vital for the nation's survival failed to dissuade unions from paralysing public transport, grounding air traffic and preventing ferries from leaving docks.\n"
        'After rallying in two separate demonstrations in central Athens, members of the main unions began converging on parliament, where the Government was preparing for the measures to be voted on Thursday.'
    ),
    "ecbplus:18_13ecb": (
        'A former employee who opened fire at an office Christmas party and killed one man has been charged with first-degree murder, police said Saturday.\n'
        'Constable Tim Fanning allege the recently- fired man, Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Friday, killing Benjamin David Banky, 40.\n'
        'Fanning said the gunman entered the party of at least a dozen people around 4 p.m.\n'
        'One man was shot and killed but the other partygoers managed to escape and no one else was injured.\n'
        "``Police 'locked down ' the neighborhood and negotiated with the suspect, who gave himself up to police just after 6 p.m.,'' Fanning said in a statement.\n"
        'The business at the location of the shooting is listed as TallGrass Distribution Ltd., a natural health product supplier.\n'
        "Luke Pigeon, who lives in an apartment building next door, said he didn't hear a gunshot but heard noise outside his window.\n"
        "``It wasn't typical, crazy noise that sometimes happens.\n"
        "You got the feeling there was something definitely, definitely wrong,'' Pigeon told The Canadian Press.\n"
        'He looked out his window and saw someone fleeing the building next door.\n'
        "``All of a sudden in my front yard there were five totally decked out, geared up riot squad officers with guns out of the holster, aiming at the second floor of the building right beside us,'' Pigeon said.\n"
        'After two hours, he said, the gunman gave himself up and police cuffed him.'
    ),
    "ecbplus:18_1ecb": (
        "A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at his former employers ' office Christmas party in Vancouver, killing one man, police said.\n"
        'Constable Tim Fanning said Eric Allen Kirkpatrick, who had recently been fired from his job, is accused of fatally shooting Benjamin David Banky, 40.\n'
        'Fanning said at least a dozen people were at the party when the gunman entered about 4 p.m.\n'
        'All but Kirkpatrick escaped without injury.\n'
        "``Police locked down the neighborhood and negotiated with the suspect, who gave himself up to police just after 6: 00 p.m.,'' Fanning said in a statement.\n"
        'The business at the location of the shooting is listed as TallGrass Distribution Ltd., a natural health product supplier.'
    ),
    "meantime:87805": (
        "Indonesia's transport minister tells airlines not to buy European aircraft due to EU ban\n"
        'December 20, 2007\n'
        'Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local airlines should not purchase aircraft from European manufacturers, such as Airbus.\n'
        "It is a direct response to the decision of the European Union (EU) to add all 51 of Indonesia's air carriers to the list of air carriers banned in the EU.\n"
        'The EU made the decision to ban the Indonesian air traffic due to a string of accidents in the country, including two major disasters this year - the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200, which killed 102 and 21 people respectively.\n'
        "``We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked,'' Detik.com quoted Djamal as saying, although Xinhua translated the quote as: ``As long as the ban is still in place, it is better we do not buy aircraft] from Europe.''\n"
        "``If aircraft are purchased and registered as Indonesian in Europe], we are worried the planes won't be able to fly to Indonesia because Indonesian airlines' aircraft are banned from flying over Europe,'' he continued.\n"
        'Djamal is concerned that instead new European planes would have to be flown into Indonesia prior to registration, with higher costs incurred as a result.\n'
        'The announcement, which had already been issued to airlines two weeks ago, was made at a joint press conference with Indonesian Vice President Jusuf Kalla in Jakarta.\n'
        'Djamal told reporters that he felt the best option was the lifting of the ban.\n'
        "``The easiest way is to lift the ban, because the ban goes against the principle of open sky policy,'' he said.\n"
        'Indonesian President Susilo Bambang Yudhoyono has already postponed a diplomatic visit to Europe, citing the ban as his reason.\n'
        'Normally, the president flies on an aircraft operated by state-owned national flag carrier Garuda Indonesia.\n'
        'A European Commission review was held in Brussels on November 28.\n'
        'Although bans were lifted on Pakistani flag carrier Pakistan International Airlines and Surinam carrier Blue Wing Airlines, the sanctions on Indonesian airlines remained in force.\n'
        'Multiple local air carriers are considering the possibility of fleet expansions, with some evaluating Airbus jets as possible options.\n'
        'Airbus, in particular, charge an added cost for taking an aircraft to Indonesia for registration.\n'
        "``There is an additional cost that must be paid by Indonesian airlines that buy the (Airbus) plane from Europe, US$ 200,000,'' said Djamal.\n"
        '``Because of that we recommend not buying planes from Europe.\n'
        "As long as the EU ban is still in place, there will be additional payment.''\n"
        'However, he went on to say that should a manufacturer be willing to pay the cost itself, he did not object to the purchase of the aircraft.\n'
        'He has also confirmed that no Indonesian officers will be sent to Europe to assist with the situation.'
    ),
    "ecbplus:12_2ecbplus": (
        'http: / / www. ndtv. com / article / india / indian - ship - thwarts - piracy - attempt - in - gulf - of - aden - 26 - pirates - arrested - 148985\n'
        'Indian ship thwarts piracy attempt in Gulf of Aden, 26 pirates arrested\n'
        'Updated: November 11, 2011 18: 50 IST\n'
        'Indian Naval ship, INS Sukanya, thwarted a piracy attack in the Gulf of Aden and captured three boats of the pirates.\n'
        'A statement from the Defence PRO says the incident happened yesterday when INS Sukanya was escorting a group of merchant vessels.\n'
        'Five pirate boats tried to attack these vessels but were challenged by the Indian Naval ship.\n'
        'After a brief skirmish, two of them managed to flee the area but three boats were captured by INS Sukanya, the statement said.\n'
        'The three boats had a total of 26 Somali crew onboard.\n'
        'During the operation, six AK - 47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated.\n'
        "The operation holds significance as over a hundred billion dollars of India's external trade passes each year through this busy sea lane.\n"
        'This is the fifth successful anti - piracy operation conducted by INS Sukanya, in the course of her ongoing patrol mission in the Gulf of Aden, which commenced in September.'
    ),
    "ecbplus:12_7ecbplus": (
        'http: / / articles. timesofindia. indiatimes. com / 2011 - 11 - 12 / india / 30391127 _ 1 _ somali - pirate - attack - indian - warship - merchant - vessels\n'
        'Somali pirate attack foiled in Gulf of Aden\n'
        'TNN Nov 12, 2011, 05. 51AM IST MUMBAI:\n'
        'An Indian warship on Thursday intercepted three boats with 26 Somali pirates in the Gulf of Aden and foiled an attack on merchant vessels.\n'
        'INS Sukanya detected five suspicious boats, speedily approaching the merchant vessels that the warship was escorting through the Internationally Recognized Transit Corridor.\n'
        '"The warship immediately altered towards the suspicious vessels and challenged them.\n'
        'While two of them managed to escape, INS Sukanya successfully intercepted the remaining three and carried out boarding - and - search action, " said Captain Manohar Nambiar, chief PRO (Defence).\n'
        'The Navy confiscated 14 AK - 47 rifles, 31 magazines and 923 rounds from the boat along with grapnels, ladders and rope - handling gloves, Nambiar said.\n'
        'This is the fifth successful anti - piracy operation conducted by INS Sukanya, during its patrol mission in the Gulf of Aden.'
    ),
    "ecbplus:19_1ecb": (
        "Greece rocked by more clashes over teenager's shooting\n"
        'Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the killing by police of a 15-year-old boy, Alexandros Grigoropoulos, eight days ago.\n'
        'The disturbances have ben described as the most serious in Greece since student protests that preceded the fall of the military junta in 1974.\n'
        'Violent clashes broke out in the capital, Athens, following a day of demonstrations.\n'
        'The protests in memory of the teenager had been initially peaceful.\n'
        'Students of the school attended by Grigoropoulos held a silent vigil during the day in Syntagma Square.\n'
        'Hours later, hundreds of others brought candles to the site, while others gathered at the site of the shooting.\n'
        'But later, about 100 youths hurled volleys of petrol bombs and rocks at a police station in the Exarchia district, where the officer, who shot him and has now been charged with murder, was based.\n'
        "The protesters chanted ``murderers out''.\n"
        'Later, hooded and masked protesters targeted a commercial area near the National Technical University of Athens, known as the Polytechnic, overturning cars and setting fire to three banks.\n'
        'Several shops and an office of the environment ministry were also attacked.\n'
        'Riot police positioned at street corners in the area responded by firing tear gas at the protesters.\n'
        "Unrest has now spread throughout the country, prompting calls for Greece's conservative Prime Minister Costas Karamanlis and his government to stand down."
    ),
    "ecbplus:19_5ecb": (
        'Athens vigil ends in violence\n'
        'Violence reignited in Athens following vigils for the teenager killed by police a week ago\n'
        'Greek rioters have attacked an environment ministry building, shops and banks in Athens on the eighth day of protests following the killing of a teenager by police.\n'
        'The clashes late on Saturday came after an evening candle-lit vigil to mark the shooting of 15-year-old Alexandros Grigoropoulos.\n'
        'Youths attacked a police station with petrol bombs in central Athens as well as at least three banks, several stores and a government building, police said.\n'
        'Several hundred protesters set up burning barricades and attacked police with rocks and flares.\n'
        'The killing of Grigoropoulos has sparked the worst rioting Greece has seen in decades, with at least 70 people injured in cities across the country.\n'
        'Hundreds of stores have been smashed and looted, and more than 200 people have been arrested.\n'
        'Earlier, hundreds of schoolchildren holding candles gathered peacefully outside the parliament building in Athens and at the site where Grigoropoulos was shot.\n'
        "They left candles spelling out the name ``Alex'' in front of a line of riot policemen.\n"
        "Banners in the main square outside parliament read: ``The state kills'' and ``Down with the government of murderers''.\n"
        '``The murder of Alexis was the last straw.\n'
        'Being a young man in Greece today is a crime ...\n'
        "They are stealing our dreams,'' said one leaflet distributed in the square.\n"
        'The young protesters promised to remain on the streets until their concerns, including opposition to the increasingly unpopular government and worry over economic issues, are addressed.\n'
        'Throughout most of the day, the capital had appeared calmer than in the past week.\n'
        'Christmas shoppers cautiously returned to central Athens earlier on Saturday, but many stores had boarded up their windows instead of replacing the glass, for fear of further violence.\n'
        'Much of the rioting has been blamed on an anarchist fringe tapping into resentment over political scandals and the impact of the global slowdown.'
    ),
    "ecbplus:19_11ecb": (
        'More protests ahead in Greece\n'
        'Greek students announced new rallies on Sunday after another night of violence over the police shooting of a teenager.\n'
        'A police station in Athens was firebombed on Saturday night.\n'
        'It was next to the Exarchia district where Alexis Grigoropoulos, 15, was killed by a police bullet on 6 December.\n'
        'The officer who fired the shot says he killed the boy accidentally in self-defence due to a bullet ricochet.\n'
        'A ballistics report is yet to be made public.\n'
        "Police said they made 86 arrests over the course of Saturday's protests.\n"
        'Pamphlets announced rallies in front of the Athens police headquarters on Monday and in parliament square on Thursday.\n'
        'Opposition socialists are pressing for fresh elections.\n'
        "However, Prime Minister Costas Karamanlis has dismissed calls to quit, saying the country needs ``a steady hand on the helm'' to deal with the current financial crisis."
    ),
    "ecbplus:19_15ecb": (
        "Greek police charged over boy's death\n"
        'A GREEK police officer has been formally charged with voluntary homicide over the killing of a teenager that sparked nationwide riots, a court source said.\n'
        'Epaminondas Korkoneas, 37, has also been charged with the ``illegal use ``of his service weapon over the killing of Alexis Grigoropoulos and was ordered to remain in custody by an Athens magistrate.\n'
        "The officer's partner, Vassilios Saraliotis, 31, was charged with being an accomplice and will also remain in custody, the same source said today.\n"
        'The pair have each been held since Monday.\n'
        "According to the charge sheet, Mr Korkoneas killed Grigoropoulos on Sunday during a clash with around 30 youths in the central Athens district of Exarchia, an incident which sparked this week's violence.\n"
        "Under questioning, the court source said Mr Korkoneas indicated he had acted out of self defence when the group began throwing firebombs and other objects while shouting they ``were going to kill them''.\n"
        'The officer said that he took out his revolver and fired two or three times in the air out of self defence and that he had not aimed his gun at the victim who died from a ricochet.\n'
        "Ballistics tests conducted in the wake of the 15-year-old's post-mortem reportedly showed the shooting may have been caused by a ricochet bullet, legal sources earlier said.\n"
        "According to forensic experts and independent experts acting for the Grigoropoulos family, the bullet ``is a bit deformed, which showed the bullet touched a hard surface'' before entering the boy's chest.\n"
        'Mr Saraliotis also said he acted out of self defence during the unrest which triggered five days of rioting in Athens and elsewhere across Greece.'
    ),
    "meantime:108294": (
        'Government Accountability Office requests rerun of US Air Force tanker bid\n'
        'July 02, 2008\n'
        'The Government Accountability Office on June 18 called for a re-run of the bidding for the U.S. Air Force $40 billion tanker contract, citing major flaws in the procurement process.\n'
        'This imperils the Northrop Grumman and EADS North America plan to assemble the planes in Mobile, Alabama.\n'
        'When the Air Force selected Los Angeles based Northrop Grumman on February 29 to build the aircraft, Boeing challenged the award in a formal protest before the GAO, claiming the evaluation was skewed towards Northrop.\n'
        "The GAO upheld Boeing's protest, though not all of their individual claims were upheld.\n"
        "``Our review of the record led us to conclude that the Air Force had made a number of significant errors that could have affected the outcome of what was a close competition between Boeing and Northrop Grumman,'' said Michael R. Golden, the GAO's managing associate general counsel for procurement law.\n"
        'The GAO issued a non-binding recommendation that the Air Force re-open the competition, allow the competitors to submit revised bids, and completely re-evaluate the new bids.\n'
        'This process could take a year or more to complete.\n'
        'The Air Force has 60 days to respond to the GAO.'
    ),
    "ecbplus:19_12ecb": (
        'Ricochet killed Greek teenager\n'
        'INITIAL results from the post- mortem on a 15-year-old Greek boy whose killing by police sparked five days of rioting show Alexandros Grigoropoulos died from a bullet ricochet.\n'
        "According to forensic doctors and independent experts hired by the Grigoropoulos family, the bullet ``is a bit deformed, which showed the bullet touched a hard surface'' before entering the boy's chest, court sources said last night.\n"
        'The news came as two police officers charged over the shooting prepared to go before a magistrate and riot police fired teargas at thousands of demonstrators advancing on the national parliament building in Athens.\n'
        "``Now that we have these conclusions, which are in line with what my clients had indicated, they will give their statements to the judge,'' said Alexis Kouyias, the lawyer for policemen Epaminondas Korkoneas and Vassilis Saraliotis.\n"
        "Amid anger towards the police compounded by the unpopularity of the Government of Prime Minister Costas Karamanlis, Greece is still awaiting a final ballistics report expected to shed light on Mr Korkoneas's statement that the bullet bounced up off a pavement after he had fired warning shots to disperse a mob.\n"
        'Alexandros was allegedly among a group of 30 youths that had thrown stones at the squad car in the Exarchia district of Athens, which is known as a stronghold of political radicals.\n'
        'Riot police fired teargas at youths throwing molotov cocktails outside parliament last night, as a general strike paralysed Greece and raised pressure on a fragile Government reeling from four days of riots sparked by the police shooting.\n'
        'The clashes escalated into running battles through the city centre, with riot police firing volleys of teargas at masked youths pelting them with rocks, bottles and blocks of marble smashed from the Athens metro station entrance.\n'
        'The youths smashed windows newly replaced after four days of the worst riots Greece has seen in decades.\n'
        "More than 10,000 people had been marching through central Athens to protest the conservative Government's economic policies in a general strike that has shut down schools, public services and hospitals and grounded flights.\n"
        "Although the strike and demonstrations had been scheduled long before the riots broke out, they have taken on the added form of protest against the Government's handling of the riots."
    ),
}


# --------------------------------------------------------------------------
# helpers: every span is found by a needle string. A plain string is searched
# from the event's anchor `ctx` (a unique substring of the text, normally the
# start of the trigger's sentence); a tuple (needle, anchor) is searched from
# that other unique anchor instead (for speakers or pronouns elsewhere).
# --------------------------------------------------------------------------

def _anchor(text: str, anchor: str) -> int:
    n = text.count(anchor)
    if n != 1:
        raise ValueError(f"anchor {anchor!r} occurs {n} times")
    return text.index(anchor)


def _span(text: str, spec, base: int):
    if spec is None:
        return None
    if isinstance(spec, tuple):
        needle, anchor = spec
        return locate(text, needle, _anchor(text, anchor))
    return locate(text, spec, base)


def _party(text: str, spec, base: int):
    if spec is None:
        return None
    needle, country, sector = spec
    span = _span(text, needle, base)
    span.update(country=country, sector=sector)
    return span


def _place(text: str, spec, base: int):
    if spec is None:
        return None
    needle, lat, lon = spec
    span = _span(text, needle, base)
    span.update(lat=lat, lon=lon)
    return span


def E(ctx, trigger, type_, mode, actor, recipient, time, place, speaker, modality, cluster,
      relays=(), condition=None):
    """One event, resolved later against its article's text."""
    return dict(ctx=ctx, trigger=trigger, type=type_, mode=mode, actor=actor,
                recipient=recipient, time=time, place=place, speaker=speaker,
                modality=modality, cluster=cluster, relays=relays, condition=condition)


def resolve(text: str, raw: dict) -> dict:
    base = _anchor(text, raw["ctx"])
    trig = _span(text, raw["trigger"], base)
    # the trigger must lie in the same line (sentence) as its anchor
    line_start = text.rfind("\n", 0, base) + 1
    line_end = text.find("\n", base)
    line_end = len(text) if line_end < 0 else line_end
    if not (line_start <= trig["start"] and trig["end"] <= line_end):
        raise ValueError(f"trigger {raw['trigger']!r} not in the line of {raw['ctx']!r}")
    value, gran, background = raw["time"]
    return {
        "trigger": trig,
        "type": raw["type"],
        "mode": raw["mode"],
        "actor": _party(text, raw["actor"], base),
        "recipient": _party(text, raw["recipient"], base),
        "time": {"value": value, "granularity": gran, "background": background},
        "place": _place(text, raw["place"], base),
        "speaker": _span(text, raw["speaker"], base),
        "relays": [_span(text, r, base) for r in raw["relays"]],
        "modality": raw["modality"],
        "condition": _span(text, raw["condition"], base),
        "cluster": raw["cluster"],
    }


def UNK(background=False):
    return (None, "unknown", background)


# places (GeoNames points, 2 decimals)
GULF_OF_ADEN = ("Gulf of Aden", 12.0, 48.0)
ATHENS = (37.98, 23.73)
EXARCHIA = (37.99, 23.73)
VANCOUVER = ("Vancouver", 49.25, -123.12)


ARTICLES: list[dict] = []


def article(src, outlet, published, title, split, events, published_note=None):
    rec = {"src": src, "outlet": outlet, "published": published, "title": title,
           "split": split, "events": events}
    if published_note:
        rec["published_note"] = published_note
    ARTICLES.append(rec)


# ==========================================================================
# Story 1 (dev): Indian Navy captures 23 pirates in the Gulf of Aden,
# Saturday 13 December 2008 (ECB+ topic 12, ecb subtopic). Four outlets.
# ==========================================================================
D13 = ("2008-12-13", "day", False)
NOV08 = ("2008-11", "month", True)
PIR08_NOTE = ("published date not printed in the text: inferred as the Saturday of the capture "
              "(13 December 2008, the INS Mysore / MV Gibe incident; the text's 'last month' "
              "sinking of the Thai trawler was in November 2008)")

article("ecbplus:12_11ecb", "unknown", "2008-12-13",
        "The Indian navy said it arrested 23 pirates who threatened a merchant vessel in the Gulf of Aden on Saturday",
        "dev", [
    E("The Indian navy said it arrested", "arrested", "COERCE", "arrest",
      (("it", "it arrested"), "IND", "MIL"), ("23 pirates", None, "UAF"), D13, GULF_OF_ADEN,
      "The Indian navy", "reported", "pir08-capture"),
    # "threatened" here names the physical attack (they were about to board)
    E("The Indian navy said it arrested", "threatened", "ASSAULT", None,
      ("23 pirates", None, "UAF"), ("a merchant vessel", None, "BUS"), D13, GULF_OF_ADEN,
      "The Indian navy", "reported", "pir08-attack"),
    E("Indian forces repulsed the pirates", "repulsed", "COERCE", None,
      ("Indian forces", "IND", "MIL"), ("the pirates", None, "UAF"), D13, None,
      "navy spokesman Commander Nirad Sinha", "reported", "pir08-repel"),
    E("Last month, India's navy drew criticism", "criticism", "ACCUSE", "disapprove",
      None, ("India's navy", "IND", "MIL"), NOV08, None, None, "asserted", "pir08-criticism"),
    E("Last month, India's navy drew criticism", "sinking", "ASSAULT", "destroy",
      ("India's navy", "IND", "MIL"), ("a Thai fishing trawler", "THA", "CVL"), NOV08, None,
      None, "asserted", "pir08-trawler"),
    E("Last month, India's navy drew criticism", "commandeered", "ASSAULT", "abduct",
      ("pirates", None, "UAF"), ("a Thai fishing trawler", "THA", "CVL"), NOV08, None,
      None, "asserted", "pir08-trawler-hijack"),
    E("The navy defended its actions", "fired", "ASSAULT", "firearms",
      (("it", "it had fired"), "IND", "MIL"), None, NOV08, None,
      "The navy", "reported", "pir08-trawler"),
    E("Somali pirates have become increasingly brazen", "seizing", "ASSAULT", "abduct",
      ("Somali pirates", "SOM", "UAF"), ("a Saudi supertanker", "SAU", "BUS"), UNK(True), None,
      None, "asserted", "pir08-sirius"),
], published_note=PIR08_NOTE)

article("ecbplus:12_13ecb", "unknown", "2008-12-13",
        "The Indian navy captured 23 pirates in the Gulf of Aden after rescuing a merchant vessel that was being hijacked on Saturday",
        "dev", [
    E("The Indian navy captured 23 pirates", "captured", "COERCE", "arrest",
      ("The Indian navy", "IND", "MIL"), ("23 pirates", None, "UAF"), D13, GULF_OF_ADEN,
      "the Defence Ministry", "reported", "pir08-capture"),
    # hostage/ship rescues are AID (PLOVER manual, RETREAT ambiguities)
    E("The Indian navy captured 23 pirates", "rescuing", "AID", None,
      ("The Indian navy", "IND", "MIL"), ("a merchant vessel", "ETH", "BUS"), D13, GULF_OF_ADEN,
      "the Defence Ministry", "reported", "pir08-repel"),
    E("The Indian navy captured 23 pirates", "hijacked", "ASSAULT", "abduct",
      None, ("a merchant vessel", "ETH", "BUS"), D13, GULF_OF_ADEN,
      "the Defence Ministry", "reported", "pir08-attack"),
    E("The Indian INS Mysore was patrolling", "firing", "ASSAULT", "firearms",
      ("two boats", None, "UAF"), ("Ethiopian-flagged MV Gibe", "ETH", "BUS"), D13, None,
      "a distress call", "reported", "pir08-attack", relays=("a Defence Ministry statement",)),
    E("On sighting the helicopter and Mysore", "disengaged", "RETREAT", "withdraw",
      ("the boats", None, "UAF"), ("MV Gibe", "ETH", "BUS"), D13, None,
      ("a Defence Ministry statement", "The Indian INS Mysore"), "reported", "pir08-disengage"),
    E("Mysore closed the vessels", "ordered", "REQUEST", "yield",
      ("Mysore", "IND", "MIL"), ("them", None, "UAF"), D13, None,
      ("a Defence Ministry statement", "The Indian INS Mysore"), "demanded", "pir08-order"),
    E("Indian commandos boarded", "seizing", "COERCE", "arrest",
      ("Indian commandos", "IND", "MIL"), ("12 Somali and 11 Yemeni nationals", None, "UAF"), D13, None,
      "the statement", "reported", "pir08-capture"),
    E("Piracy in the Gulf of Aden has been on a rise", "capture", "ASSAULT", "abduct",
      None, ("Saudi supertanker Sirius Star", "SAU", "BUS"), ("2008", "year", True), None,
      None, "asserted", "pir08-sirius"),
], published_note=PIR08_NOTE)

article("ecbplus:12_7ecb", "unknown", "2008-12-13",
        "The Indian navy said it has captured 23 Somali and Yemeni pirates who attacked a merchant vessel in the Gulf of Aden on Saturday",
        "dev", [
    E("The Indian navy said it has captured", "captured", "COERCE", "arrest",
      (("it", "it has captured"), "IND", "MIL"), ("23 Somali and Yemeni pirates", None, "UAF"), D13,
      GULF_OF_ADEN, "The Indian navy", "reported", "pir08-capture"),
    E("The Indian navy said it has captured", "attacked", "ASSAULT", None,
      ("23 Somali and Yemeni pirates", None, "UAF"), ("a merchant vessel", None, "BUS"), D13,
      GULF_OF_ADEN, "The Indian navy", "reported", "pir08-attack"),
    E("An Indian navy ship sent its marine commandos", "sent", "MOBILIZE", "troops",
      ("An Indian navy ship", "IND", "MIL"), None, D13, None,
      "the navy", "reported", "pir08-deploy"),
    E("An Indian navy ship sent its marine commandos", "fire", "ASSAULT", "firearms",
      ("two boats", None, "UAF"), (("it", "it came under fire"), "ETH", "BUS"), D13, None,
      "the navy", "reported", "pir08-attack"),
    E("The boats tried to escape", "surrendered", "RETREAT", None,
      ("the pirates", None, "UAF"), ("the commandos", "IND", "MIL"), D13, None,
      None, "asserted", "pir08-surrender"),
    E("``Twenty-three personnel", "surrendered", "RETREAT", None,
      ("Twenty-three personnel", None, "UAF"), None, D13, None,
      ("the navy", "surrendered on boarding"), "reported", "pir08-surrender"),
    E("The pirates, along with their arms", "handed over", "COERCE", "arrest",
      None, ("The pirates", None, "UAF"), UNK(), None,
      ("it", "it said, adding"), "future", "pir08-handover"),
    E("Last month, the navy said it had sunk", "sunk", "ASSAULT", "destroy",
      (("it", "it had sunk"), "IND", "MIL"), ("a pirate ``mother vessel''", None, "UAF"), NOV08,
      ("Somalia", 6.0, 48.0), "the navy", "reported", "pir08-trawler"),
    E("Last month, the navy said it had sunk", "attack", "ASSAULT", None,
      ("gunmen", None, "UAF"), ("INS Tabar", "IND", "MIL"), NOV08, None,
      "the navy", "reported", "pir08-tabar-attacked"),
    E("But the International Maritime Bureau later said", "destroyed", "ASSAULT", "destroy",
      ("the Indian navy", "IND", "MIL"), ("the vessel", "THA", "CVL"), NOV08, None,
      "the International Maritime Bureau", "reported", "pir08-trawler"),
    E("But the International Maritime Bureau later said", "seized", "ASSAULT", "abduct",
      ("pirates", None, "UAF"), ("a Thai fishing trawler", "THA", "CVL"), NOV08,
      ("Yemen", 15.5, 47.5), "the International Maritime Bureau", "reported", "pir08-trawler-hijack"),
    E("Somali pirates have carried out around 100 attacks", "attacks", "ASSAULT", None,
      ("Somali pirates", "SOM", "UAF"), None, ("2008", "year", False), GULF_OF_ADEN,
      None, "asserted", "pir08-attacks-2008"),
], published_note=PIR08_NOTE)

article("ecbplus:12_18ecb", "CNN", "2008-12-13",
        "The Indian Navy said Saturday it had captured 23 pirates as they tried to board an Ethiopian-flagged vessel in the Gulf of Aden",
        "dev", [
    E("The Indian Navy said Saturday it had captured", "captured", "COERCE", "arrest",
      (("it", "it had captured"), "IND", "MIL"), ("23 pirates", None, "UAF"), D13, GULF_OF_ADEN,
      "The Indian Navy", "reported", "pir08-capture"),
    E("The Indian Navy said Saturday it had captured", "board", "ASSAULT", "abduct",
      ("they", None, "UAF"), ("an Ethiopian-flagged vessel", "ETH", "BUS"), D13, GULF_OF_ADEN,
      "The Indian Navy", "reported", "pir08-attack"),
    E("A navy spokesman said the Indians", "caught", "COERCE", "arrest",
      ("the Indians", "IND", "MIL"), ("the pirates", None, "UAF"), D13, None,
      "A navy spokesman", "reported", "pir08-capture"),
    E("On Friday, a high-level U.S. naval commander", "attacking", "ASSAULT", None,
      None, ("Somali ports", "SOM", None), UNK(), None,
      "a high-level U.S. naval commander", "hypothetical", "pir08-land-attack"),
    E("Speaking at a security conference in Bahrain", "attended", "CONSULT", "multilateral",
      ("representatives from 25 countries", None, "GOV"), None, ("2008-12-12", "day", False),
      ("Bahrain", 26.0, 50.55), None, "asserted", "pir08-manama"),
    E("Speaking at a security conference in Bahrain", "attacking", "ASSAULT", None,
      None, ("land bases", None, "UAF"), UNK(), None,
      "U.S. Navy Vice Adm. Bill Gortney", "hypothetical", "pir08-land-attack"),
    E("Instead, he suggested", "suggested", "REQUEST", None,
      ("he", "USA", "MIL"), ("shippers", None, "BUS"), ("2008-12-12", "day", False), None,
      None, "demanded", "pir08-gortney-guards"),
    E("Meanwhile, Somali pirates Saturday released", "released", "RETREAT", "release",
      ("Somali pirates", "SOM", "UAF"), ("a Greek chemical tanker", "GRC", "BUS"), D13, None,
      "a piracy monitor", "reported", "pir08-action-release"),
    # relabel66 (b): the land attacks Gortney weighs, told again ("such attacks"),
    # a PLOVER act in a could-clause: hypothetical, in the cluster of 'attacking'
    E("Gortney maintained that civilian casualties", "attacks", "ASSAULT", None,
      None, None, UNK(), None, "Gortney", "hypothetical", "pir08-land-attack"),
], published_note=PIR08_NOTE)


# ==========================================================================
# Story 2 (dev): fire-bomb attack on a bank during the Athens general strike,
# Wednesday 5 May 2010 (ECB+ topic 8, ecbplus subtopic). The text places the
# rally "on the eve of a vote in parliament" held "on Thursday".
# ==========================================================================
D5 = ("2010-05-05", "day", False)

article("ecbplus:8_4ecbplus", "news.com.au", "2010-05-06",
        "Three dead after fire - bomb hits bank during Greek riots", "dev", [
    E("Three dead after fire - bomb hits bank", "hits", "ASSAULT", "explosives",
      None, ("bank", "GRC", "BUS"), D5, None, None, "asserted", "ath-bank"),
    E("Three dead after fire - bomb hits bank", "riots", "PROTEST", "riot",
      None, None, D5, None, None, "asserted", "ath-riots"),
    E("A FIRE - BOMB attack on a bank in Athens", "attack", "ASSAULT", "explosives",
      None, ("a bank", "GRC", "BUS"), D5, ("Athens", *ATHENS), None, "asserted", "ath-bank"),
    E("A FIRE - BOMB attack on a bank in Athens", "fought", "ASSAULT", None,
      ("police", "GRC", "COP"), ("striking protesters", "GRC", "LAB"), D5, None,
      None, "asserted", "ath-battles"),
    E("Hooded youths hurled petrol bombs", "hurled", "ASSAULT", "explosives",
      ("Hooded youths", "GRC", "CVL"), ("stores and businesses", "GRC", "BUS"), D5,
      ("the Greek capital", *ATHENS), None, "asserted", "ath-petrolbombs"),
    E("Protesters also tried to storm", "storm", "PROTEST", "riot",
      ("Protesters", "GRC", "CVL"), ("the Greek Parliament", "GRC", "LEG"), D5, None,
      None, "asserted", "ath-storm"),
    E("Protesters also tried to storm", "rioting", "PROTEST", "riot",
      None, None, D5, ("Thessaloniki", 40.64, 22.94), None, "asserted", "ath-thessaloniki"),
    E("Police said at least three people", "killed", "ASSAULT", "explosives",
      None, ("at least three people", "GRC", "CVL"), D5, None,
      "Police", "reported", "ath-bank"),
    E("Greek President Carolos Papoulias condemned", "condemned", "ACCUSE", "disapprove",
      ("Greek President Carolos Papoulias", "GRC", "GOV"), None, D5, None,
      None, "asserted", "ath-papoulias"),
    E("Greek Prime Minister George Papandreou said the firebombing", "firebombing", "ASSAULT",
      "explosives", None, None, D5, None,
      "Greek Prime Minister George Papandreou", "reported", "ath-bank"),
    E("Athens underground stations were shuttered", "rallied", "PROTEST", "demo",
      ("tens of thousands of union members", "GRC", "LAB"), None, D5, None,
      None, "asserted", "ath-rally"),
    E("The general strike was the first major test", "strike", "PROTEST", "strike",
      None, None, D5, None, None, "asserted", "ath-strike"),
    E("The general strike was the first major test", "agreeing", "AGREE", None,
      ("the Socialist government", "GRC", "GOV"), None, ("2010-W17", "week", False), None,
      None, "asserted", "ath-bailout"),
    E("Prime Minister George Papandreou's insistence", "paralysing", "PROTEST", "strike",
      ("unions", "GRC", "LAB"), None, D5, None, None, "asserted", "ath-strike"),
    E("After rallying in two separate demonstrations", "rallying", "PROTEST", "demo",
      ("members of the main unions", "GRC", "LAB"), None, D5, ("central Athens", *ATHENS),
      None, "asserted", "ath-rally"),
], published_note=("not printed in the text: news.com.au (Australia) ran the story of the "
                   "Wednesday 5 May 2010 Athens riots on 6 May local time; the text's 'vote ... "
                   "on Thursday' and 'on the eve of a vote' fix the events to 5 May"))


# ==========================================================================
# Story 3 (dev): Vancouver office Christmas-party shooting, Friday 12 December
# 2008, suspect charged Saturday 13 December (ECB+ topic 18, ecb subtopic).
# ==========================================================================
V12 = ("2008-12-12", "day", False)
V13 = ("2008-12-13", "day", False)
VAN_NOTE = ("year not printed in the text: the Friday office-party shooting in Vancouver "
            "(TallGrass Distribution) was on 12 December 2008; published the Saturday after")

article("ecbplus:18_13ecb", "The Canadian Press", "2008-12-13",
        "A former employee who opened fire at an office Christmas party and killed one man has been charged with first-degree murder, police said Saturday",
        "dev", [
    E("A former employee who opened fire", "opened fire", "ASSAULT", "firearms",
      ("A former employee", "CAN", "CVL"), ("one man", "CAN", "CVL"), V12, None,
      "police", "reported", "van-shooting"),
    E("A former employee who opened fire", "charged", "ACCUSE", "allege",
      None, ("A former employee", "CAN", "CVL"), V13, None,
      "police", "reported", "van-charge"),
    E("Constable Tim Fanning allege", "opened fire", "ASSAULT", "firearms",
      ("the recently- fired man", "CAN", "CVL"), ("Benjamin David Banky", "CAN", "CVL"), V12,
      VANCOUVER, "Constable Tim Fanning", "reported", "van-shooting"),
    E("One man was shot and killed", "shot", "ASSAULT", "firearms",
      None, ("One man", "CAN", "CVL"), V12, None, None, "asserted", "van-shooting"),
    E("``Police 'locked down", "locked down", "COERCE", "restrict",
      ("Police", "CAN", "COP"), None, V12, None,
      ("Fanning", "Fanning said in a statement"), "reported", "van-lockdown"),
    E("``Police 'locked down", "negotiated", "CONSULT", None,
      ("Police", "CAN", "COP"), ("the suspect", "CAN", "CVL"), V12, None,
      ("Fanning", "Fanning said in a statement"), "reported", "van-negotiate"),
    E("``Police 'locked down", "gave himself up", "RETREAT", None,
      ("the suspect", "CAN", "CVL"), (("police", "police just after"), "CAN", "COP"),
      V12, None, ("Fanning", "Fanning said in a statement"), "reported", "van-surrender"),
    E("After two hours, he said, the gunman", "gave himself up", "RETREAT", None,
      ("the gunman", "CAN", "CVL"), None, V12, None,
      "he", "reported", "van-surrender"),
    E("After two hours, he said, the gunman", "cuffed", "COERCE", "arrest",
      ("police", "CAN", "COP"), (("him", "cuffed him"), "CAN", "CVL"), V12, None,
      "he", "reported", "van-arrest"),
], published_note=VAN_NOTE)

article("ecbplus:18_1ecb", "unknown", "2008-12-13",
        "A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at his former employers' office Christmas party in Vancouver",
        "dev", [
    E("A 61-year-old man was charged", "charged", "ACCUSE", "allege",
      None, ("A 61-year-old man", "CAN", "CVL"), V13, None,
      "police", "reported", "van-charge"),
    E("A 61-year-old man was charged", "opening fire", "ASSAULT", "firearms",
      ("A 61-year-old man", "CAN", "CVL"), ("one man", "CAN", "CVL"), UNK(), VANCOUVER,
      "police", "reported", "van-shooting"),
    E("Constable Tim Fanning said Eric Allen Kirkpatrick", "accused", "ACCUSE", "allege",
      None, ("Eric Allen Kirkpatrick", "CAN", "CVL"), V13, None,
      "Constable Tim Fanning", "reported", "van-charge"),
    E("Constable Tim Fanning said Eric Allen Kirkpatrick", "shooting", "ASSAULT", "firearms",
      ("Eric Allen Kirkpatrick", "CAN", "CVL"), ("Benjamin David Banky", "CAN", "CVL"), UNK(), None,
      "Constable Tim Fanning", "reported", "van-shooting"),
    E("``Police locked down", "locked down", "COERCE", "restrict",
      ("Police", "CAN", "COP"), None, UNK(), None,
      ("Fanning", "Fanning said in a statement"), "reported", "van-lockdown"),
    E("``Police locked down", "negotiated", "CONSULT", None,
      ("Police", "CAN", "COP"), ("the suspect", "CAN", "CVL"), UNK(), None,
      ("Fanning", "Fanning said in a statement"), "reported", "van-negotiate"),
    E("``Police locked down", "gave himself up", "RETREAT", None,
      ("the suspect", "CAN", "CVL"), (("police", "police just after"), "CAN", "COP"),
      UNK(), None, ("Fanning", "Fanning said in a statement"), "reported", "van-surrender"),
], published_note=VAN_NOTE)


# ==========================================================================
# Single story (dev): Indonesia's transport minister and the EU flight ban
# (MEANTIME / Wikinews, 20 December 2007).
# ==========================================================================
article("meantime:87805", "Wikinews", "2007-12-20",
        "Indonesia's transport minister tells airlines not to buy European aircraft due to EU ban",
        "dev", [
    E("Indonesia's transport minister tells airlines", "tells", "REQUEST", None,
      ("Indonesia's transport minister", "IDN", "GOV"), ("airlines", "IDN", "BUS"), UNK(), None,
      None, "demanded", "mid-recommend"),
    E("Indonesia's transport minister tells airlines", "ban", "SANCTION", "discontinue",
      ("EU", None, "IGO"), None, UNK(True), None, None, "asserted", "mid-eu-ban"),
    E("Jusman Syafii Djamal, minister of transport", "recommended", "REQUEST", None,
      ("Jusman Syafii Djamal", "IDN", "GOV"), ("local airlines", "IDN", "BUS"), UNK(), None,
      None, "demanded", "mid-recommend"),
    E("It is a direct response to the decision", "add", "SANCTION", "discontinue",
      ("the European Union", None, "IGO"), ("Indonesia's air carriers", "IDN", "BUS"), UNK(True), None,
      None, "asserted", "mid-eu-ban"),
    E("The EU made the decision to ban", "ban", "SANCTION", "discontinue",
      ("The EU", None, "IGO"), None, UNK(True), None, None, "asserted", "mid-eu-ban"),
    E("``We do not need to buy aircraft from Europe", "buy", "REJECT", "assist",
      ("We", "IDN", "GOV"), None, UNK(), None,
      ("Djamal", "Djamal as saying"), "conditional", "mid-no-purchase",
      relays=("Detik.com",), condition="as long as the flying ban stays unrevoked"),
    E("The announcement, which had already been issued", "issued", "REQUEST", None,
      None, ("airlines", "IDN", "BUS"), ("2007-W49", "week", True), None,
      None, "demanded", "mid-recommend"),
    E("Djamal told reporters that he felt", "lifting", "REQUEST", "yield",
      (("he", "he felt"), "IDN", "GOV"), None, UNK(), None,
      "Djamal", "demanded", "mid-lift-request"),
    E("``The easiest way is to lift the ban", "lift", "REQUEST", "yield",
      (("he", "policy,'' he said"), "IDN", "GOV"), None, UNK(), None,
      ("he", "policy,'' he said"), "demanded", "mid-lift-request"),
    # cancelling or putting off a meeting is REJECT 'meet' (PLOVER manual)
    E("Indonesian President Susilo Bambang Yudhoyono has already postponed", "postponed", "REJECT",
      "meet", ("Indonesian President Susilo Bambang Yudhoyono", "IDN", "GOV"), None, UNK(), None,
      None, "asserted", "mid-postpone"),
    E("A European Commission review was held", "review", "ACCUSE", "investigate",
      ("European Commission", None, "IGO"), None, ("2007-11-28", "day", True),
      ("Brussels", 50.85, 4.35), None, "asserted", "mid-ec-review"),
    # easing a restriction is CONCEDE (PLOVER manual, CONCEDE)
    E("Although bans were lifted on Pakistani", "lifted", "CONCEDE", None,
      None, ("Pakistani flag carrier Pakistan International Airlines", "PAK", "BUS"),
      ("2007-11-28", "day", True), None, None, "asserted", "mid-lift-pia"),
    E("However, he went on to say that should a manufacturer", "object", "REJECT", "assist",
      (("he", "he did not object"), "IDN", "GOV"), None, UNK(), None,
      ("he", "he went on to say"), "negated", "mid-no-objection"),
    E("He has also confirmed that no Indonesian officers", "sent", "COOPERATE", None,
      None, None, UNK(), None, "He", "negated", "mid-no-officers"),
])


# ==========================================================================
# Story 4 (blind): INS Sukanya foils a five-boat pirate attack in the Gulf of
# Aden, Thursday 10 November 2011 (ECB+ topic 12, ecbplus subtopic).
# ==========================================================================
P10 = ("2011-11-10", "day", False)

article("ecbplus:12_2ecbplus", "NDTV", "2011-11-11",
        "Indian ship thwarts piracy attempt in Gulf of Aden, 26 pirates arrested", "blind", [
    E("Indian ship thwarts piracy attempt", "thwarts", "COERCE", None,
      ("Indian ship", "IND", "MIL"), None, P10, GULF_OF_ADEN, None, "asserted", "pir11-foil"),
    E("Indian ship thwarts piracy attempt", "arrested", "COERCE", "arrest",
      None, ("26 pirates", "SOM", "UAF"), P10, None, None, "asserted", "pir11-capture"),
    E("Indian Naval ship, INS Sukanya, thwarted", "thwarted", "COERCE", None,
      ("INS Sukanya", "IND", "MIL"), None, P10, GULF_OF_ADEN, None, "asserted", "pir11-foil"),
    E("Indian Naval ship, INS Sukanya, thwarted", "captured", "COERCE", "arrest",
      ("INS Sukanya", "IND", "MIL"), ("the pirates", "SOM", "UAF"), P10, GULF_OF_ADEN,
      None, "asserted", "pir11-capture"),
    E("Five pirate boats tried to attack", "attack", "ASSAULT", None,
      ("Five pirate boats", "SOM", "UAF"), ("these vessels", None, "BUS"), P10, None,
      None, "asserted", "pir11-attack"),
    E("Five pirate boats tried to attack", "challenged", "COERCE", None,
      ("the Indian Naval ship", "IND", "MIL"), ("Five pirate boats", "SOM", "UAF"), P10, None,
      None, "asserted", "pir11-foil"),
    E("After a brief skirmish", "skirmish", "ASSAULT", None,
      None, None, P10, None, "the statement", "reported", "pir11-skirmish"),
    E("After a brief skirmish", "captured", "COERCE", "arrest",
      ("INS Sukanya", "IND", "MIL"), ("three boats", "SOM", "UAF"), P10, None,
      "the statement", "reported", "pir11-capture"),
    E("During the operation, six AK - 47 rifles", "confiscated", "COERCE", "seize",
      None, None, P10, None, None, "asserted", "pir11-confiscate"),
    # relabel66 (a): the foiling operation told again by a noun, twice
    E("During the operation, six AK - 47 rifles", "operation", "COERCE", None,
      None, None, P10, GULF_OF_ADEN, None, "asserted", "pir11-foil"),
    E("The operation holds significance", "operation", "COERCE", None,
      None, None, P10, GULF_OF_ADEN, None, "asserted", "pir11-foil"),
])

article("ecbplus:12_7ecbplus", "The Times of India", "2011-11-12",
        "Somali pirate attack foiled in Gulf of Aden", "blind", [
    E("Somali pirate attack foiled", "attack", "ASSAULT", None,
      ("Somali pirate", "SOM", "UAF"), None, P10, GULF_OF_ADEN, None, "asserted", "pir11-attack"),
    E("Somali pirate attack foiled", "foiled", "COERCE", None,
      None, None, P10, GULF_OF_ADEN, None, "asserted", "pir11-foil"),
    E("An Indian warship on Thursday intercepted", "intercepted", "COERCE", "arrest",
      ("An Indian warship", "IND", "MIL"), ("26 Somali pirates", "SOM", "UAF"), P10, GULF_OF_ADEN,
      None, "asserted", "pir11-capture"),
    E("An Indian warship on Thursday intercepted", "foiled", "COERCE", None,
      ("An Indian warship", "IND", "MIL"), None, P10, GULF_OF_ADEN, None, "asserted", "pir11-foil"),
    E('"The warship immediately altered', "challenged", "COERCE", None,
      ("The warship", "IND", "MIL"), ("them", "SOM", "UAF"), P10, None,
      ("Captain Manohar Nambiar", "Captain Manohar Nambiar"), "reported", "pir11-foil"),
    E("While two of them managed to escape", "intercepted", "COERCE", "arrest",
      ("INS Sukanya", "IND", "MIL"), ("the remaining three", "SOM", "UAF"), P10, None,
      "Captain Manohar Nambiar", "reported", "pir11-capture"),
    E("While two of them managed to escape", "boarding - and - search", "COERCE", "seize",
      ("INS Sukanya", "IND", "MIL"), None, P10, None,
      "Captain Manohar Nambiar", "reported", "pir11-board"),
    E("The Navy confiscated 14", "confiscated", "COERCE", "seize",
      ("The Navy", "IND", "MIL"), None, P10, None, "Nambiar", "reported", "pir11-confiscate"),
])


# ==========================================================================
# Story 5 (blind): Greek riots after the police killing of Alexandros
# Grigoropoulos (Saturday 6 December 2008); charges against the officers
# and the clashes of Saturday 13 December (ECB+ topic 19, ecb subtopic).
# ==========================================================================
G13 = ("2008-12-13", "day", False)
G06 = ("2008-12-06", "day", True)
UNK_NOW = UNK()

article("ecbplus:19_1ecb", "unknown", "2008-12-14",
        "Greece rocked by more clashes over teenager's shooting", "blind", [
    E("Greece rocked by more clashes", "clashes", "PROTEST", "riot",
      None, None, G13, ("Greece", 39.0, 22.0), None, "asserted", "gr-dec13-clashes"),
    E("Greece rocked by more clashes", "shooting", "ASSAULT", "firearms",
      None, ("teenager", "GRC", "CVL"), G06, None, None, "asserted", "gr-shooting"),
    E("Fresh riots were reported in Greece", "riots", "PROTEST", "riot",
      None, None, G13, ("Greece", 39.0, 22.0), None, "asserted", "gr-dec13-clashes"),
    E("Fresh riots were reported in Greece", "killing", "ASSAULT", "firearms",
      ("police", "GRC", "COP"), ("a 15-year-old boy", "GRC", "CVL"), G06, None,
      None, "asserted", "gr-shooting"),
    E("Violent clashes broke out in the capital", "clashes", "PROTEST", "riot",
      None, None, G13, ("Athens", *ATHENS), None, "asserted", "gr-dec13-clashes"),
    E("Violent clashes broke out in the capital", "demonstrations", "PROTEST", "demo",
      None, None, G13, None, None, "asserted", "gr-dec13-demos"),
    E("Students of the school attended by Grigoropoulos", "vigil", "PROTEST", "demo",
      ("Students of the school attended by Grigoropoulos", "GRC", "EDU"), None, G13,
      ("Syntagma Square", 37.98, 23.73), None, "asserted", "gr-dec13-vigil"),
    E("But later, about 100 youths hurled", "hurled", "ASSAULT", "explosives",
      ("about 100 youths", "GRC", "CVL"), ("a police station", "GRC", "COP"), G13,
      ("the Exarchia district", *EXARCHIA), None, "asserted", "gr-dec13-station"),
    E("But later, about 100 youths hurled", "shot", "ASSAULT", "firearms",
      ("the officer", "GRC", "COP"), ("him", "GRC", "CVL"), G06, None,
      None, "asserted", "gr-shooting"),
    E("But later, about 100 youths hurled", "charged", "ACCUSE", "allege",
      None, ("the officer", "GRC", "COP"), UNK_NOW, None, None, "asserted", "gr-charge"),
    E("Later, hooded and masked protesters", "setting fire", "ASSAULT", "primitive",
      ("hooded and masked protesters", "GRC", "CVL"), ("three banks", "GRC", "BUS"), G13,
      ("the National Technical University of Athens", 38.0, 23.73), None, "asserted", "gr-dec13-banks"),
    E("Several shops and an office of the environment ministry", "attacked", "ASSAULT", None,
      None, ("an office of the environment ministry", "GRC", "GOV"), G13, None,
      None, "asserted", "gr-dec13-ministry"),
    E("Riot police positioned at street corners", "firing", "ASSAULT", "crowd-control",
      ("Riot police", "GRC", "COP"), ("the protesters", "GRC", "CVL"), G13, None,
      None, "asserted", "gr-dec13-teargas"),
    E("Unrest has now spread throughout the country", "calls", "REQUEST", "change",
      None, ("Greece's conservative Prime Minister Costas Karamanlis", "GRC", "GOV"), UNK_NOW, None,
      None, "demanded", "gr-calls-resign"),
    # relabel66 (a): the day's demonstrations told again by a noun
    E("The protests in memory of the teenager", "protests", "PROTEST", "demo",
      None, None, G13, None, None, "asserted", "gr-dec13-demos"),
], published_note=("inferred from the text: the riots of 'Saturday December 13 2008' are "
                   "reported the next day, 'eight days' after the 6 December killing"))

article("ecbplus:19_5ecb", "unknown", "2008-12-14",
        "Athens vigil ends in violence", "blind", [
    E("Athens vigil ends in violence", "vigil", "PROTEST", "demo",
      None, None, G13, ("Athens", *ATHENS), None, "asserted", "gr-dec13-vigil"),
    E("Athens vigil ends in violence", "violence", "PROTEST", "riot",
      None, None, G13, ("Athens", *ATHENS), None, "asserted", "gr-dec13-clashes"),
    E("Violence reignited in Athens", "killed", "ASSAULT", "firearms",
      ("police", "GRC", "COP"), ("the teenager", "GRC", "CVL"), ("2008-W49", "week", True), None,
      None, "asserted", "gr-shooting"),
    E("Greek rioters have attacked", "attacked", "ASSAULT", None,
      ("Greek rioters", "GRC", "CVL"), ("an environment ministry building", "GRC", "GOV"), G13,
      ("Athens", *ATHENS), None, "asserted", "gr-dec13-ministry"),
    E("The clashes late on Saturday", "clashes", "PROTEST", "riot",
      None, None, G13, None, None, "asserted", "gr-dec13-clashes"),
    E("The clashes late on Saturday", "vigil", "PROTEST", "demo",
      None, None, G13, None, None, "asserted", "gr-dec13-vigil"),
    E("Youths attacked a police station", "attacked", "ASSAULT", "explosives",
      ("Youths", "GRC", "CVL"), ("a police station", "GRC", "COP"), G13,
      ("central Athens", *ATHENS), ("police", "police said"), "reported", "gr-dec13-station"),
    E("Several hundred protesters set up", "set up", "PROTEST", "obstruct",
      ("Several hundred protesters", "GRC", "CVL"), None, G13, None,
      None, "asserted", "gr-dec13-barricades"),
    E("Several hundred protesters set up", "attacked", "ASSAULT", "primitive",
      ("Several hundred protesters", "GRC", "CVL"), ("police", "GRC", "COP"), G13, None,
      None, "asserted", "gr-dec13-attack-police"),
    E("The killing of Grigoropoulos has sparked", "rioting", "PROTEST", "riot",
      None, None, ("2008-12", "month", False), None, None, "asserted", "gr-riots-wave"),
    E("Hundreds of stores have been smashed", "arrested", "COERCE", "arrest",
      None, ("more than 200 people", "GRC", "CVL"), ("2008-12", "month", False), None,
      None, "asserted", "gr-arrests-wave"),
    E("Earlier, hundreds of schoolchildren", "gathered", "PROTEST", "demo",
      ("hundreds of schoolchildren", "GRC", "EDU"), None, G13, ("Athens", *ATHENS),
      None, "asserted", "gr-dec13-vigil"),
    E("The young protesters promised", "remain", "PROTEST", "demo",
      ("The young protesters", "GRC", "CVL"), None, UNK_NOW, None,
      None, "future", "gr-protest-continue"),
    E("Much of the rioting has been blamed", "blamed", "ACCUSE", "allege",
      None, ("an anarchist fringe", "GRC", None), UNK_NOW, None, None, "asserted", "gr-blame-anarchists"),
], published_note=("inferred from the text: 'clashes late on Saturday' on 'the eighth day of "
                   "protests' after the 6 December 2008 killing, reported the next day"))

article("ecbplus:19_11ecb", "unknown", "2008-12-14",
        "More protests ahead in Greece", "blind", [
    E("More protests ahead in Greece", "protests", "PROTEST", "demo",
      None, None, UNK_NOW, ("Greece", 39.0, 22.0), None, "future", "gr-future-rallies"),
    E("Greek students announced new rallies", "rallies", "PROTEST", "demo",
      ("Greek students", "GRC", "EDU"), None, UNK_NOW, None,
      "Greek students", "future", "gr-future-rallies"),
    E("Greek students announced new rallies", "violence", "PROTEST", "riot",
      None, None, G13, None, None, "asserted", "gr-dec13-clashes"),
    E("Greek students announced new rallies", "shooting", "ASSAULT", "firearms",
      ("police", "GRC", "COP"), ("a teenager", "GRC", "CVL"), G06, None,
      None, "asserted", "gr-shooting"),
    E("A police station in Athens was firebombed", "firebombed", "ASSAULT", "explosives",
      None, ("A police station", "GRC", "COP"), G13, ("Athens", *ATHENS),
      None, "asserted", "gr-dec13-station"),
    E("It was next to the Exarchia district", "killed", "ASSAULT", "firearms",
      ("police", "GRC", "COP"), ("Alexis Grigoropoulos", "GRC", "CVL"), G06,
      ("the Exarchia district", *EXARCHIA), None, "asserted", "gr-shooting"),
    E("The officer who fired the shot says", "killed", "ASSAULT", "firearms",
      (("he", "he killed"), "GRC", "COP"), ("the boy", "GRC", "CVL"), G06, None,
      "The officer", "reported", "gr-shooting"),
    E("Police said they made 86 arrests", "arrests", "COERCE", "arrest",
      ("they", "GRC", "COP"), None, G13, None, "Police", "reported", "gr-dec13-arrests"),
    E("Pamphlets announced rallies", "rallies", "PROTEST", "demo",
      None, None, ("2008-W51", "week", False), ("the Athens police headquarters", *ATHENS),
      "Pamphlets", "future", "gr-future-rallies"),
    E("Opposition socialists are pressing", "pressing", "REQUEST", "change",
      ("Opposition socialists", "GRC", "OPP"), None, UNK_NOW, None,
      None, "demanded", "gr-calls-elections"),
    E("However, Prime Minister Costas Karamanlis has dismissed", "dismissed", "REJECT", "change",
      ("Prime Minister Costas Karamanlis", "GRC", "GOV"), None, UNK_NOW, None,
      None, "asserted", "gr-karamanlis-rejects"),
    E("However, Prime Minister Costas Karamanlis has dismissed", "calls", "REQUEST", "change",
      None, ("Prime Minister Costas Karamanlis", "GRC", "GOV"), UNK_NOW, None,
      None, "demanded", "gr-calls-resign"),
], published_note=("inferred from the text: the Saturday-night (13 December 2008) fire-bombing "
                   "and 'new rallies on Sunday' after the 6 December killing"))

S07 = ("2008-12-07", "day", False)   # the text's own 'on Sunday'
article("ecbplus:19_15ecb", "unknown", "2008-12-11",
        "Greek police charged over boy's death", "blind", [
    E("Greek police charged over", "charged", "ACCUSE", "allege",
      None, ("Greek police", "GRC", "COP"), ("2008-12-11", "day", False), None,
      None, "asserted", "gr-charge"),
    E("A GREEK police officer has been formally charged", "charged", "ACCUSE", "allege",
      None, ("A GREEK police officer", "GRC", "COP"), ("2008-12-11", "day", False), None,
      "a court source", "reported", "gr-charge"),
    E("A GREEK police officer has been formally charged", "killing", "ASSAULT", "firearms",
      None, ("a teenager", "GRC", "CVL"), S07, None,
      "a court source", "reported", "gr-shooting"),
    E("A GREEK police officer has been formally charged", "riots", "PROTEST", "riot",
      None, None, ("2008-12", "month", False), None,
      "a court source", "reported", "gr-riots-wave"),
    E("Epaminondas Korkoneas, 37, has also been charged", "ordered", "COERCE", "arrest",
      ("an Athens magistrate", "GRC", "JUD"), ("Epaminondas Korkoneas", "GRC", "COP"),
      ("2008-12-11", "day", False), None, None, "asserted", "gr-remand"),
    E("The officer's partner, Vassilios Saraliotis", "charged", "ACCUSE", "allege",
      None, ("Vassilios Saraliotis", "GRC", "COP"), ("2008-12-11", "day", False), None,
      "the same source", "reported", "gr-charge-partner"),
    E("The officer's partner, Vassilios Saraliotis", "custody", "COERCE", "arrest",
      None, ("Vassilios Saraliotis", "GRC", "COP"), UNK_NOW, None,
      "the same source", "future", "gr-remand-partner"),
    E("The pair have each been held since Monday", "held", "COERCE", "arrest",
      None, ("The pair", "GRC", "COP"), ("2008-12-08", "day", False), None,
      None, "asserted", "gr-arrest-officers"),
    E("According to the charge sheet, Mr Korkoneas killed", "killed", "ASSAULT", "firearms",
      ("Mr Korkoneas", "GRC", "COP"), ("Grigoropoulos", "GRC", "CVL"), S07,
      ("the central Athens district of Exarchia", *EXARCHIA), "the charge sheet", "reported",
      "gr-shooting"),
    E("Under questioning, the court source said", "throwing", "ASSAULT", "explosives",
      ("the group", "GRC", "CVL"), None, S07, None,
      "Mr Korkoneas", "reported", "gr-firebombs-at-police", relays=("the court source",)),
    E("Under questioning, the court source said", "kill", "THREATEN", "violence",
      ("they", "GRC", "CVL"), ("them", "GRC", "COP"), S07, None,
      "Mr Korkoneas", "threatened", "gr-threat-kill", relays=("the court source",)),
    E("The officer said that he took out his revolver", "aimed", "ASSAULT", "firearms",
      (("he", "he had not aimed"), "GRC", "COP"), ("the victim", "GRC", "CVL"), S07, None,
      "The officer", "denied", "gr-shooting"),
    # relabel51 (a): shots fired into the air are warning shots, THREATEN violence
    # (docs/annotation.md "Open questions decided"); dated by the incident (rule 1)
    E("The officer said that he took out his revolver", "fired", "THREATEN", "violence",
      (("he", "he took out"), "GRC", "COP"), None, S07, None,
      "The officer", "threatened", "gr-shooting"),
    # relabel66 (a): the shooting told again by a noun (its cause, not the act, is 'may')
    E("Ballistics tests conducted in the wake", "shooting", "ASSAULT", "firearms",
      None, None, S07, None, "legal sources", "reported", "gr-shooting"),
], published_note=("not printed in the text: estimated from 'five days of rioting' after the "
                   "6 December 2008 killing and the officers 'held since Monday' (8 December); "
                   "the text itself dates the killing 'on Sunday'"))


# ==========================================================================
# Single story (blind): the GAO upholds Boeing's protest over the US Air
# Force tanker contract (MEANTIME / Wikinews, 2 July 2008).
# ==========================================================================
J18 = ("2008-06-18", "day", True)

article("meantime:108294", "Wikinews", "2008-07-02",
        "Government Accountability Office requests rerun of US Air Force tanker bid", "blind", [
    E("Government Accountability Office requests rerun", "requests", "REQUEST", "change",
      ("Government Accountability Office", "USA", "GOV"), None, J18, None,
      None, "demanded", "gao-rerun"),
    E("The Government Accountability Office on June 18 called for", "called for", "REQUEST", "change",
      ("The Government Accountability Office", "USA", "GOV"), None, J18, None,
      None, "demanded", "gao-rerun"),
    # a government contract award is the government acting (not business talk)
    E("When the Air Force selected", "selected", "COOPERATE", None,
      ("the Air Force", "USA", "MIL"), ("Los Angeles based Northrop Grumman", "USA", "BUS"),
      ("2008-02-29", "day", True), None, None, "asserted", "gao-award"),
    E("When the Air Force selected", "challenged", "ACCUSE", "allege",
      ("Boeing", "USA", "BUS"), None, UNK(True), None, None, "asserted", "gao-boeing-protest"),
    E("The GAO upheld Boeing's protest", "upheld", "SUPPORT", None,
      ("The GAO", "USA", "GOV"), ("Boeing", "USA", "BUS"), J18, None,
      None, "asserted", "gao-uphold"),
    E("``Our review of the record", "review", "ACCUSE", "investigate",
      ("Our", "USA", "GOV"), None, UNK(True), None,
      "Michael R. Golden", "reported", "gao-review"),
    E("The GAO issued a non-binding recommendation", "recommendation", "REQUEST", "change",
      ("The GAO", "USA", "GOV"), ("the Air Force", "USA", "MIL"), J18, None,
      None, "demanded", "gao-rerun"),
])


D10 = ("2008-12-10", "day", False)   # 'last night', the day of the general strike
article("ecbplus:19_12ecb", "unknown", "2008-12-11",
        "Ricochet killed Greek teenager", "blind", [
    E("Ricochet killed Greek teenager", "killed", "ASSAULT", "firearms",
      None, ("Greek teenager", "GRC", "CVL"), UNK_NOW, None, None, "asserted", "gr-shooting"),
    E("INITIAL results from the post- mortem", "killing", "ASSAULT", "firearms",
      ("police", "GRC", "COP"), ("a 15-year-old Greek boy", "GRC", "CVL"), UNK_NOW, None,
      None, "asserted", "gr-shooting"),
    E("INITIAL results from the post- mortem", "rioting", "PROTEST", "riot",
      None, None, ("2008-12", "month", False), None, None, "asserted", "gr-riots-wave"),
    E("The news came as two police officers charged", "charged", "ACCUSE", "allege",
      None, ("two police officers", "GRC", "COP"), UNK_NOW, None, None, "asserted", "gr-charge"),
    E("The news came as two police officers charged", "fired", "ASSAULT", "crowd-control",
      ("riot police", "GRC", "COP"), ("thousands of demonstrators", "GRC", "CVL"), D10,
      ("Athens", *ATHENS), None, "asserted", "gr-dec10-teargas"),
    E("Amid anger towards the police", "fired", "ASSAULT", "firearms",
      (("he", "he had fired"), "GRC", "COP"), ("a mob", "GRC", "CVL"), UNK_NOW, None,
      "Mr Korkoneas", "reported", "gr-shooting"),
    E("Alexandros was allegedly among", "thrown", "ASSAULT", "primitive",
      ("a group of 30 youths", "GRC", "CVL"), ("the squad car", "GRC", "COP"), UNK_NOW,
      ("the Exarchia district of Athens", *EXARCHIA), None, "asserted", "gr-firebombs-at-police"),
    E("Riot police fired teargas at youths", "fired", "ASSAULT", "crowd-control",
      ("Riot police", "GRC", "COP"), ("youths", "GRC", "CVL"), D10,
      ("parliament", 37.98, 23.74), None, "asserted", "gr-dec10-teargas"),
    E("Riot police fired teargas at youths", "throwing", "ASSAULT", "explosives",
      ("youths", "GRC", "CVL"), None, D10, ("parliament", 37.98, 23.74),
      None, "asserted", "gr-dec10-molotovs"),
    E("Riot police fired teargas at youths", "general strike", "PROTEST", "strike",
      None, None, D10, ("Greece", 39.0, 22.0), None, "asserted", "gr-dec10-strike"),
    E("The clashes escalated into running battles", "clashes", "PROTEST", "riot",
      None, None, D10, ("the city centre", *ATHENS), None, "asserted", "gr-dec10-clashes"),
    E("The clashes escalated into running battles", "pelting", "ASSAULT", "primitive",
      ("masked youths", "GRC", "CVL"), ("them", "GRC", "COP"), D10, None,
      None, "asserted", "gr-dec10-pelting"),
    E("More than 10,000 people had been marching", "marching", "PROTEST", "demo",
      ("More than 10,000 people", "GRC", "CVL"), None, D10, ("central Athens", *ATHENS),
      None, "asserted", "gr-dec10-march"),
    # relabel65 (2): the crime a charge is about, named by a definite noun, is the act
    # re-mentioned (the shooting's cluster); the charged its actor (actors41)
    E("The news came as two police officers charged", "shooting", "ASSAULT", "firearms",
      ("two police officers", "GRC", "COP"), None, UNK_NOW, None, None, "asserted", "gr-shooting"),
    # relabel66 (a): the week's riots told again by a noun, twice
    E("Although the strike and demonstrations had been scheduled", "riots", "PROTEST", "riot",
      None, None, ("2008-12", "month", False), None, None, "asserted", "gr-riots-wave"),
    E("Although the strike and demonstrations had been scheduled", ("riots", "handling of the riots"), "PROTEST", "riot",
      None, None, ("2008-12", "month", False), None, None, "asserted", "gr-riots-wave"),
], published_note=("not printed in the text: the general strike and teargas of 'last night' "
                   "were on Wednesday 10 December 2008; 'five days of rioting' since the "
                   "6 December killing"))


# --------------------------------------------------------------------------

def build() -> list[dict]:
    records = []
    split_of_story: dict[str, str] = {}
    for i, art in enumerate(ARTICLES, 1):
        text = TEXTS[art["src"]]
        events = [resolve(text, raw) for raw in art["events"]]
        for ev in events:
            if ev["type"] not in TYPES:
                raise ValueError(f"bad type {ev['type']}")
            if ev["modality"] not in MODALITIES:
                raise ValueError(f"bad modality {ev['modality']}")
            if ev["time"]["granularity"] not in GRANULARITIES:
                raise ValueError(f"bad granularity {ev['time']}")
            if (ev["modality"] == "conditional") != (ev["condition"] is not None):
                raise ValueError(f"condition iff conditional: {ev['trigger']}")
            for key in ("trigger", "actor", "recipient", "place", "speaker", "condition"):
                span = ev[key]
                if span is not None and text[span["start"]:span["end"]] != span["text"]:
                    raise ValueError(f"span mismatch {span}")
            for span in ev["relays"]:
                if text[span["start"]:span["end"]] != span["text"]:
                    raise ValueError(f"span mismatch {span}")
        # a story (cluster) told by several articles keeps one split
        for ev in events:
            prev = split_of_story.setdefault(ev["cluster"], art["split"])
            if prev != art["split"]:
                raise ValueError(f"cluster {ev['cluster']} crosses splits")
        rec = {"id": f"{BATCH}-{i:02d}", "outlet": art["outlet"], "published": art["published"],
               "title": art["title"], "text": text, "split": art["split"], "source": art["src"],
               "events": events}
        if "published_note" in art:
            rec["published_note"] = art["published_note"]
        records.append(rec)
    return records


def verify_sources(records: list[dict]) -> None:
    """When the shared copies are present, check the texts are verbatim."""
    root = Path("/work/shared/data")
    files = {"ecbplus": root / "ecbplus" / "dev.jsonl", "meantime": root / "meantime" / "dev.jsonl"}
    if not all(f.exists() for f in files.values()):
        return
    by_id = {}
    for corpus, f in files.items():
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                by_id[f"{corpus}:{row['doc_id']}"] = row["text"]
    for r in records:
        if by_id[r["source"]] != r["text"]:
            raise ValueError(f"{r['id']}: text differs from {r['source']}")


def main() -> None:
    records = build()
    verify_sources(records)
    apply_date_relabel(records, BATCH)
    apply_trigger_relabel(records, BATCH)
    apply_place_relabel(records, BATCH)
    apply_mode_relabel(records, BATCH)
    apply_actor_relabel(records, BATCH)
    apply_recipient_relabel(records, BATCH)
    apply_type_relabel(records, BATCH)
    apply_relay_relabel(records, BATCH)
    apply_sector_relabel(records, BATCH)   # relabel54
    apply_court_place_relabel(records, BATCH)   # relabel55
    apply_event_relabel(records, BATCH)
    write_jsonl(records, OUT)
    n = {s: sum(1 for r in records if r["split"] == s) for s in ("dev", "blind")}
    e = {s: sum(len(r["events"]) for r in records if r["split"] == s) for s in ("dev", "blind")}
    print(f"wrote {OUT.name}: {len(records)} articles (dev {n['dev']}, blind {n['blind']}), "
          f"{sum(e.values())} events (dev {e['dev']}, blind {e['blind']})")


if __name__ == "__main__":
    main()
