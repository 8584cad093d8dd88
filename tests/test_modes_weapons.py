"""PLOVER modes of an assault by its weapon (eventwire/stages/events/modes.py
and mode_context.py): aerial, explosives, firearms, primitive, none for a
ship or a dismissal, unconventional for an agent named by itself. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_covering
from tests.test_modes import check


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.mark.parametrize("text,word,mode", [
    # class *a state bombs from the air*
    ("The army bombed three villages in the north on Sunday.", "bombed", "aerial"),
    ("Thailand bombed two Cambodian military positions.", "bombed", "aerial"),
    ("Rebels accused the military of bombing a school near the border.", "bombing", "aerial"),
    ("The market was bombed by government forces on Monday.", "bombed", "aerial"),
    # bombs of militants or unknown attackers stay explosives
    ("Militants bombed a police station in the capital.", "bombed", "explosives"),
    ("Unknown attackers bombed a church in the city.", "bombed", "explosives"),
])
def test_state_bombing_is_aerial(pipe: Pipeline, text: str, word: str, mode: str) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text,word", [
    ("Russia launched a massive air attack on the capital overnight.", "attack"),
    ("An air attack on the airbase killed two guards, the army said.", "killed"),
    ("Residents fled as the air attacks on the port intensified.", "attacks"),
])
def test_air_attacks_are_aerial(pipe: Pipeline, text: str, word: str) -> None:
    """Class *an attack named as from the air* (ASSAULT aerial)."""
    check(pipe, text, word, "ASSAULT", "aerial")


@pytest.mark.parametrize("text,word", [
    # class *bringing down an aircraft* (branch modes9): the jet or drone is
    # what was hit, "shot" names no weapon: ASSAULT with no mode
    ("Air defences shot down two drones over the capital on Tuesday night.", "shot"),
    ("The rebels said they had shot down a military helicopter near the border.", "shot"),
    ("Two fighter jets were shot down over the disputed province, the ministry said.", "shot"),
    ("The navy says it shoots down any unmanned aircraft that crosses the line.", "shoots"),
])
def test_shooting_down_an_aircraft_has_no_mode(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "ASSAULT", None)


def test_shooting_a_person_stays_firearms(pipe: Pipeline) -> None:
    check(pipe, "Police shot a protester in the leg during the march.", "shot",
          "ASSAULT", "firearms")


@pytest.mark.parametrize("text,word", [
    # class *incendiary bombs* (branch modes9): thrown petrol bombs, firebombs
    # and Molotov cocktails are explosives in the records, not primitive arms
    ("Youths threw Molotov cocktails at a police station in the northern suburb.", "threw"),
    ("Masked men hurled petrol bombs at the offices of the ruling party.", "hurled"),
    ("Unknown attackers threw a firebomb at the mayor's car before dawn.", "threw"),
])
def test_incendiary_bombs_are_explosives(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "ASSAULT", "explosives")


def test_stones_stay_primitive(pipe: Pipeline) -> None:
    check(pipe, "Settlers attacked the farmers with stones and clubs near the village.",
          "attacked", "ASSAULT", "primitive")


@pytest.mark.parametrize("text,word,mode", [
    # a device going off is a bombing; who carried it is not said (events15)
    ("Police said a parcel bomb sent by the rebels exploded outside the tax office.",
     "exploded", "explosives"),
    ("A device planted by militants exploded near the army post, the ministry said.",
     "exploded", "explosives"),
    ("Two grenades thrown by separatists exploded in the crowded market, police said.",
     "exploded", "explosives"),
])
def test_a_bomb_going_off_is_explosives(pipe: Pipeline, text: str, word: str,
                                        mode: str) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text,word,mode", [
    # things picked up and thrown are primitive weapons (modes17); a petrol bomb
    # beside them is still explosives
    ("Youths threw bottles at police officers outside the station on Saturday night.",
     "threw", "primitive"),
    ("A man was hit with a brick outside the town hall, police said.", "hit", "primitive"),
    ("Settlers attacked the farmers with bottles and sticks, witnesses said.", "attacked",
     "primitive"),
    ("Gunmen threw petrol bombs and bottles at the guards of the depot.", "threw",
     "explosives"),
])
def test_thrown_objects_are_primitive(pipe: Pipeline, text: str, word: str,
                                      mode: str) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text,mode", [
    # who fires with no weapon named: a named person, the antecedent of "who"
    ("The two deputies, who fired at the car, were placed on leave.", "firearms"),
    ("The gang members, who fired from a passing car, fled the scene.", "firearms"),
    ("Witnesses said Martinez fired twice into the crowd.", "firearms"),
    ("Police said Daniel Ortega fired at the guards before fleeing.", "firearms"),
    # a ship firing is firearms too (relabel52 q4, modes41), also through "which"
    ("The destroyer, which fired at the skiff, returned to port.", "firearms"),
])
def test_people_fire_named_and_relative(pipe: Pipeline, text: str, mode: str | None) -> None:
    check(pipe, text, "fired", "ASSAULT", mode)


@pytest.mark.parametrize("text", [
    "The president fired the finance minister on Monday.",
    "Witnesses said Martinez fired two employees last week.",
    "He criticised the general, whom Mugabe fired in November.",
])
def test_firing_a_person_is_no_shooting(pipe: Pipeline, text: str) -> None:
    """A dismissal: "fired" with a person as its object has no firearms."""
    event = event_covering(pipe, text, "fired")
    assert event is None or event.mode != "firearms", (event.type, event.mode)


@pytest.mark.parametrize("text,word", [
    # an unconventional agent named by itself (modes31)
    ("Investigators linked the anthrax attacks on two newspapers to a lone scientist.",
     "attacks"),
    ("A former aide attacked the senator's office with ricin last spring.", "attacked"),
    ("Britain blamed Moscow for the Novichok attack on the defector in Salisbury.", "attack"),
])
def test_an_agent_named_by_itself_is_unconventional(pipe: Pipeline, text: str,
                                                    word: str) -> None:
    check(pipe, text, word, "ASSAULT", "unconventional")


@pytest.mark.parametrize("text,word,mode", [
    # a warship's class names no weapon used (modes31)
    ("Last week the Tarkash, a missile-frigate, sank a pirate skiff off the coast.", "sank",
     None),
    ("A guided-missile destroyer attacked the smugglers' boat near the strait.", "attacked",
     None),
    ("The missile boat sank a fishing vessel in the gulf.", "sank", None),
    # control: missiles fired are heavy weapons
    ("The frigate struck the pirate skiff with two missiles.", "struck", "heavy-weapons"),
])
def test_a_warship_class_is_no_weapon(pipe: Pipeline, text: str, word: str,
                                      mode: str | None) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text,word,mode", [
    # class *a harm placed in a gun fight* (modes32): the fight noun is the weapon
    ("Two guards were killed in a shootout with smugglers near the river on Monday.",
     "killed", "firearms"),
    ("Police say a man was killed in a gunfight with officers in the old market.",
     "killed", "firearms"),
    ("Five soldiers were killed in a firefight with insurgents near the pass.",
     "killed", "firearms"),
    ("A boy was killed in the crossfire as rival gangs fought outside the school.",
     "killed", "firearms"),
    ("A herder was killed in an exchange of fire between the two patrols last week.",
     "killed", "firearms"),
    # no fight noun: no weapon; heavy fire stays with its shells
    ("Two people were killed in a stampede at the stadium.", "killed", None),
    ("The two armies exchanged heavy fire, and seven villagers were killed by shelling.",
     "killed", "heavy-weapons"),
])
def test_harm_in_a_gun_fight_is_firearms(pipe: Pipeline, text: str, word: str,
                                         mode: str | None) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text,word,mode", [
    # class *a capitalised plural read as a proper noun* (modes32): the lead
    # after a dateline and a title-case headline keep their weapon
    ("KHARTOUM, May 3 (Reuters) - Drones struck two fuel depots near the harbour on Friday.",
     "struck", "drone"),
    ("LVIV, Jan 9 (AFP) - Warplanes pounded the outskirts of the town overnight.",
     "pounded", "aerial"),
    ("Rockets Hit Army Base Near Border", "Hit", "heavy-weapons"),
    # class *blowing a thing up is an explosion* (modes32)
    ("Militants blew up a section of the pipeline near the town.", "blew", "explosives"),
    ("Saboteurs are accused of blowing up a railway bridge in the east.", "blowing",
     "explosives"),
    ("A gas main was blown up by unknown attackers on Friday.", "blown", "explosives"),
])
def test_capitalised_plurals_and_blowing_up(pipe: Pipeline, text: str, word: str,
                                            mode: str | None) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text,word,mode", [
    # class *a gun named by its kind* (modes40): a gun word the cue list
    # lacked, in the assault's own clause, is firearms
    ("A former tenant killed the landlord with a shotgun on Friday, police said.",
     "killed", "firearms"),
    ("The teenager was killed by an accidental ricochet, the coroner found.",
     "killed", "firearms"),
    ("Witnesses said the guards attacked the prisoners with handguns.", "attacked",
     "firearms"),
    ("Police denied that officers had used firearms against the crowd.", "used",
     "firearms"),
    ("Bandits attacked the bus with Kalashnikovs near the junction.", "attacked",
     "firearms"),
    ("A clerk was wounded by buckshot when robbers raided the shop.", "wounded",
     "firearms"),
    # near misses: a trade or a role named by the gun; the gun of another
    # act (the victim's revolver); a gun only found or stolen
    ("Robbers killed a firearms dealer outside his shop on Monday.", "killed", None),
    ("Youths attacked a firearms officer outside the station on Tuesday.", "attacked",
     None),
    ("Armed police killed the suspect after he pointed a revolver at them.", "killed",
     None),
    ("The attackers beat the farmer to death and stole his shotgun.", "beat", "beat"),
])
def test_a_gun_named_by_its_kind_is_firearms(pipe: Pipeline, text: str, word: str,
                                             mode: str | None) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text", [
    # near misses with no assault at all: a shot in sport, a dismissal, a gun found
    "The striker hit a powerful shot into the net in the final minute.",
    "The company fired its chief accountant last week.",
    "The man was arrested after police found a shotgun in his car.",
])
def test_no_gun_used_is_no_firearms_assault(pipe: Pipeline, text: str) -> None:
    from tests.conftest import events_of
    assert not any(e.type == "ASSAULT" and e.mode == "firearms"
                   for e in events_of(pipe, text))
