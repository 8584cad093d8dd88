"""Participant classes of issue #12 (eventwire/stages/events/roles.py,
participants.py; eventwire/stages/actors/component.py, coref.py,
datelines.py). Every sentence was written for these tests; none comes from
an evaluation set or from the issue."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event
from tests.conftest import events_of


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger,country", [
    ("Ghana retaliated by expelling three Nigerian traders.", "expelling", "GHA"),
    ("The Turkish coast guard detained the crew after raiding the freighter.", "raiding",
     "TUR"),
    ("Kenya accused Uganda of shelling a border post.", "shelling", "UGA"),
])
def test_gerund_complements_take_their_controller(pipe: Pipeline, text: str, trigger: str,
                                                  country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,word", [
    ("Riot police dispersed hundreds of students marching on parliament.", "marching",
     "students"),
    ("Witnesses saw dozens of farmers protesting outside the ministry.", "protesting",
     "farmers"),
])
def test_a_participle_after_a_noun_is_done_by_the_noun(pipe: Pipeline, text: str, trigger: str,
                                                       word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and word in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("ANKARA, March 3 (Reuters) - Turkey warned Greece on Friday against arming the "
     "islands.", "warned", "TUR"),
    ("LIMA/QUITO, May 2 (AFP) - Peru expelled the Ecuadorian ambassador on Tuesday.",
     "expelled", "PER"),
    ("HANOI, June 9 Xinhua - Vietnam protested to Beijing over the survey ship.",
     "protested", "VNM"),
])
def test_a_dateline_is_no_participant(pipe: Pipeline, text: str, trigger: str,
                                      country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("ANKARA, July 2 (Reuters) - Turkey's parliament on Tuesday approved a motion to send "
     "troops to Libya.", "approved", "TUR", "LEG"),
    ("ABUJA, May 3 (AFP) - Nigeria's army on Sunday attacked a rebel camp near the lake.",
     "attacked", "NGA", "MIL"),
    ("KYIV (AP) - Ukraine's navy attacked a Russian patrol ship on Sunday.", "attacked",
     "UKR", "MIL"),
    ("DUBAI, Aug 27 (Reuters) - Iran's Revolutionary Guards seized a fishing boat on "
     "Friday.", "seized", "IRN", "MIL"),
])
def test_the_real_subject_after_a_dateline(pipe: Pipeline, text: str, trigger: str,
                                           country: str, sector: str) -> None:
    """Class *the real subject after a dateline* (actors14): the body, not
    its possessor state, acts."""
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor
    assert sector in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger,word", [
    ("Police fire tear gas at jobless protest\nSIDI BOUZID, Tunisia, Oct 3 (AFP) – Police fired "
     "tear gas on Thursday to disperse hundreds of young men.", "fired", "Police"),
    ("Teachers march\nDUHOK, Kurdistan Region — Thousands of teachers marched on the "
     "governorate building on Sunday.", "marched", "teachers"),
    ("Boat seized\nNAKURU BAY, Kenya, Jan 9 (Reuters) - Kenyan coast guards seized a fishing "
     "boat on Monday.", "seized", "coast guards"),
    ("Strike spreads\nMOUNT KOSAR, Kurdistan Region — Hundreds of nurses marched on the "
     "hospital on Sunday.", "marched", "nurses"),
])
def test_a_dateline_no_mention_covers_is_no_actor(pipe: Pipeline, text: str, trigger: str,
                                                  word: str) -> None:
    """Class *a dateline no mention covers* (actors64): the parse made the
    filing town the subject; the subject after the dateline acts."""
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and word in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,word", [
    ("Gunmen kill three\nMEDELLÍN, March 3 – Gunmen killed three men at a bar on Saturday.",
     "killed", "Gunmen"),
    ("Rebels free hostages\nBOGOTÁ, December 6 – The National Liberation Army freed four "
     "hostages on Sunday.", "freed", "Army"),
    ("Students march\nPÉTION-VILLE – Thousands of students marched on the ministry on "
     "Tuesday.", "marched", "students"),
])
def test_a_dateline_with_accented_capitals_is_no_actor(pipe: Pipeline, text: str,
                                                       trigger: str, word: str) -> None:
    """Class *a dateline in capitals with accents* (actors64,
    attribution.marks.DATELINE)."""
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and word in ev.actor.text, ev.actor


def test_a_coordinated_subject_after_a_dateline_keeps_the_first_name(pipe: Pipeline) -> None:
    ev = event(pipe, "SEOUL, May 2 (Yonhap) - Japanese Foreign Minister Taro Kono and South "
                     "Korean Foreign Minister Kang Kyung-wha agreed on Friday to meet again.",
               "agreed")
    assert ev.actor is not None and ev.actor.country == "JPN", ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Japan's defence ministry said it had spotted six Chinese ships near the islands and "
     "that it had deployed patrol planes.", "deployed", "JPN"),
    ("Egypt expelled a Turkish diplomat it accused of espionage.", "accused", "EGY"),
    ("Spain's prime minister, who met the Moroccan king in Rabat, said he would visit "
     "Algeria in May.", "visit", "ESP"),
])
def test_embedded_subject_pronouns_take_the_matrix_subject(pipe: Pipeline, text: str,
                                                           trigger: str, country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("The Ghana Armed Forces arrested six smugglers near the border.", "arrested", "GHA"),
    ("The Libyan Coast Guard detained 40 migrants off Zuwara.", "detained", "LBY"),
    ("Kenya Defence Forces soldiers killed four gunmen near Lamu.", "killed", "KEN"),
])
def test_organisation_names_with_a_country(pipe: Pipeline, text: str, trigger: str,
                                           country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,word", [
    ("Soldiers detained four students in Kano.", "detained", "students"),
    ("Police arrested two journalists in Harare on Friday.", "arrested", "journalists"),
])
def test_people_acted_on_come_before_the_place(pipe: Pipeline, text: str, trigger: str,
                                               word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The two foreign ministers met in Geneva on Monday.", "met"),
    ("The Pentagon deployed 2,000 troops to the region.", "deployed"),
    ("India deployed warships and fighter jets near the islands.", "deployed"),
])
def test_meeting_venues_and_mobilised_forces_are_no_recipients(pipe: Pipeline, text: str,
                                                      trigger: str) -> None:
    assert event(pipe, text, trigger).recipient is None


@pytest.mark.parametrize("text,trigger", [
    ("Kurdish officials blamed Iran-backed militias for the attack.", "blamed"),
    ("Kyiv accused Russia-aligned separatists of shelling the town.", "accused"),
])
def test_a_sponsor_is_not_the_owner(pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is None or ev.recipient.country not in ("IRN", "RUS"), ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Boko Haram fighters raided a village. The group's gunmen burned the market.", "burned",
     "NGA"),
    ("Hamas, one of several armed factions, rejected the offer. The group warned that "
     "the fighting would go on.", "warned", "PSE"),
])
def test_group_nominals_and_their_possessives(pipe: Pipeline, text: str, trigger: str,
                                              country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Turkey launched airstrikes on Kurdish positions in Syria.", "airstrikes"),
    ("Azerbaijan shelled Armenian villages overnight.", "shelled"),
])
def test_a_state_using_force_acts_through_its_military(pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and "MIL" in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Thousands of Armenians rallied in Yerevan.", "rallied", "ARM"),
    ("Hundreds of Kenyans marched through Nairobi.", "marched", "KEN"),
])
def test_plural_demonyms_are_people(pipe: Pipeline, text: str, trigger: str,
                                    country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country and "CVL" in ev.actor.sectors


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Downing Street rejected the proposal on Monday.", "rejected", "GBR", "GOV"),
    ("The Elysee condemned the shooting.", "condemned", "FRA", "GOV"),
    ("The Pentagon deployed bombers to Guam.", "deployed", "USA", "MIL"),
])
def test_seats_of_government_stand_for_it(pipe: Pipeline, text: str, trigger: str,
                                          country: str, sector: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country and sector in ev.actor.sectors


@pytest.mark.parametrize("text,trigger,country", [
    ("Jonas Berg, a spokesman for the Norwegian foreign ministry, criticised Russia.",
     "criticised", "NOR"),
    ("Lina Haddad, the governor of Beirut, condemned the blast.", "condemned", "LBN"),
    ("Fatima Diallo, Senegal's justice minister, rejected the report.", "rejected", "SEN"),
])
def test_appositions_give_the_office_country(pipe: Pipeline, text: str, trigger: str,
                                             country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("A veteran activist began a hunger strike in protest against Moroccan security "
     "forces.", "protest", "MAR"),
    ("Hezbollah threatened to resume attacks in Israel.", "threatened", "ISR"),
    ("Austria refused to send peacekeepers to Mali.", "refused", "MLI"),
])
def test_targets_named_deeper_in_the_clause(pipe: Pipeline, text: str, trigger: str,
                                            country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


def test_a_target_in_another_clause_is_not_taken(pipe: Pipeline) -> None:
    ev = event(pipe, "Thousands marched through the capital on Friday, a day after police "
                     "in Uruguay broke up a rally.", "marched")
    assert ev.recipient is None or ev.recipient.country != "URY" or "police" not in \
        ev.recipient.text


@pytest.mark.parametrize("text,trigger,country", [
    ("Democratic Republic of Congo protested to Rwanda on Monday. Congo also accused "
     "Uganda of arming the rebels.", "accused", "COD"),
    ("North Korea fired two missiles on Sunday. On Monday Korea threatened Japan.",
     "threatened", "PRK"),
])
def test_short_forms_of_a_full_country_name(pipe: Pipeline, text: str, trigger: str,
                                            country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor


def test_the_group_is_no_state(pipe: Pipeline) -> None:
    ev = event(pipe, "Kataib Hezbollah, one of several Iran-backed factions, was blamed. A "
                     "spokesman for the group denied any role.", "denied")
    assert ev.actor is not None and ev.actor.country == "IRQ", ev.actor


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Pirates seized a Thai fishing trawler off Somalia.", "seized", "THA", "BUS"),
    ("North Korean artillery shelled a South Korean island.", "shelled", "KOR", "CVL"),
    ("Police detained the Pakistani staffer on Monday.", "detained", "PAK", "GOV"),
])
def test_things_named_with_their_country(pipe: Pipeline, text: str, trigger: str,
                                         country: str, sector: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country
    assert sector in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Tunis condemned the raid on Monday.", "condemned", "TUN"),
    ("Athens rejected the Turkish proposal.", "rejected", "GRC"),
])
def test_capitals_ending_like_demonyms_stay_governments(pipe: Pipeline, text: str,
                                                        trigger: str, country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == country and "GOV" in ev.actor.sectors


# --- second pass (branch participants2) -------------------------------------

@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Algeria and Morocco accused each other of arming the militias.", "accused", "DZA",
     "MAR"),
    ("Peru and Chile exchanged prisoners at the frontier.", "exchanged", "PER", "CHL"),
    ("Uganda and Rwanda blamed one another for the border clash.", "blamed", "UGA", "RWA"),
    ("Hungary and Slovakia met in Bratislava on Monday.", "met", "HUN", "SVK"),
])
def test_reciprocal_acts_take_the_second_party_as_recipient(
        pipe: Pipeline, text: str, trigger: str, actor: str, recipient: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.reciprocal
    assert ev.actor is not None and ev.actor.country == actor, ev.actor
    assert ev.recipient is not None and ev.recipient.country == recipient, ev.recipient


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Negotiations between Kenya and Ethiopia broke down.", "Negotiations", "KEN", "ETH"),
    ("Talks between Seoul and Tokyo resumed after a year.", "Talks", "KOR", "JPN"),
    ("Fresh clashes between Armenia and Azerbaijan were reported overnight.", "clashes",
     "ARM", "AZE"),
])
def test_joint_acts_named_by_a_noun(pipe: Pipeline, text: str, trigger: str, actor: str,
                                    recipient: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is not None and ev.actor.country == actor, ev.actor
    assert ev.recipient is not None and ev.recipient.country == recipient, ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Protesters demanded the minister's resignation.", "demanded", "minister"),
    ("The unions demanded the governor's removal on Friday.", "demanded", "governor"),
    ("Tunisia condemned Libya's detention of its fishermen.", "condemned", "Libya"),
])
def test_the_possessor_of_the_act_is_the_recipient(pipe: Pipeline, text: str, trigger: str,
                                                   word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("The Chadian president on Tuesday called on Sudan to open the crossings.", "called",
     "SDN"),
    ("Egypt protested on Sunday to Israel over the border shooting.", "protested", "ISR"),
    ("Gunmen opened fire at dawn at a convoy of Nigerian soldiers.", "opened", "NGA"),
])
def test_a_recipient_after_another_prepositional_phrase(pipe: Pipeline, text: str,
                                                        trigger: str, country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,word", [
    ("The rebels warned that the invading troops would face a long war.", "troops"),
    ("Militia leaders warned that Turkish soldiers would pay dearly.", "Turkish"),
    ("The militia warned that American forces would suffer the consequences.",
     "American"),
])
def test_the_threatened_party_of_a_warning(pipe: Pipeline, text: str, word: str) -> None:
    ev = next(e for e in events_of(pipe, text) if e.type == "THREATEN")
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("The minister phoned her Kenyan counterpart on Friday.", "phoned", "KEN"),
    ("Lula met his Argentine counterpart in Brasilia.", "met", "ARG"),
    ("The Dutch foreign minister telephoned his Turkish counterpart.", "telephoned", "TUR"),
])
def test_a_counterpart_is_the_other_government(pipe: Pipeline, text: str, trigger: str,
                                               country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert "GOV" in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Israeli jets struck Syrian positions near Damascus.", "struck", "SYR"),
    ("The navy seized a Thai fishing trawler.", "seized", "THA"),
    ("Police detained the Pakistani staffer in Delhi.", "detained", "PAK"),
])
def test_people_and_things_of_a_country_stay_recipients(pipe: Pipeline, text: str,
                                                        trigger: str, country: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    # class *things thrown, sent or driven, and feelings* (actors15): no one acts
    ("During the riot in Lyon a brick hit a police officer in the face.", "hit"),
    ("A van rammed a police checkpoint outside Lyon on Friday.", "rammed"),
    ("Envelopes containing white powder threatened three judges in Madrid.", "threatened"),
])
def test_things_and_feelings_are_no_actors(pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("The navy sank a Greek fishing trawler off the coast.", "sank", "GRC"),
    ("The coast guard seized two Russian trawlers near the islands.", "seized", "RUS"),
    ("A patrol boat rammed a Spanish trawler in the bay.", "rammed", "ESP"),
])
def test_a_fishing_vessel_is_a_business(pipe: Pipeline, text: str, trigger: str,
                                        country: str) -> None:
    """Class *a fishing vessel is a business* (recips30; docs/annotation.md
    "Ships detained at sea": the ship, its flag country, BUS), like a tanker."""
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors == ["BUS"], ev.recipient
