"""Act words that only name the setting or the topic of another act
(eventwire/stages/events/backdrops.py, issue #12, branch events31). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,word", [
    ("The mayor spoke at a meeting of county clerks in Dayton last week.", "meeting"),
    ("Two reporters were arrested at a meeting of the union in the capital.", "meeting"),
    ("The club signed the striker during the league's winter meetings in Denver.", "meetings"),
    ("The sheriff had flown to Ohio for a meeting of the state's police chiefs.", "meeting"),
])
def test_a_gathering_as_a_setting(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The foreign ministers met after a meeting of the council in Rome.", "meeting"),
    ("Leaders of four states launched a joint force at a summit in Accra.", "summit"),
])
def test_a_gathering_told_for_itself_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The ministry said the allegations appear to have no merit.", "allegations"),
    ("Residents dispute police allegations that the driver had a knife.", "allegations"),
    ("His lawyer said the defamatory allegations would be answered in court.", "allegations"),
])
def test_an_accusation_as_a_topic(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


def test_an_accusation_made_stays(pipe: Pipeline) -> None:
    text = "The allegations were made by two former aides in sworn statements."
    assert "allegations" in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The navy defended its actions, saying the sailors had acted within the rules.", "defended"),
    ("The minister defended the decision to close the border.", "defended"),
    ("The governor defended the new tax in a radio interview.", "defended"),
    ("Environmentalists criticised the rules, which officials defended as fair.", "defended"),
])
def test_defending_ones_own_act(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


def test_defending_a_place_stays(pipe: Pipeline) -> None:
    assert "defended" in by_trigger(pipe, "The rebels said they had only defended their villages.")


@pytest.mark.parametrize("text,word", [
    ("Five workers were let go from the factory last month.", "let"),
    ("Most of the miners managed to get out before the roof fell.", "get"),
    ("The passengers got away before the fire spread.", "got"),
])
def test_leaving(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


def test_permission_stays(pipe: Pipeline) -> None:
    assert "let" in by_trigger(pipe, "The army let the convoy pass the checkpoint.")


@pytest.mark.parametrize("text,word", [
    ("The president-elect has asked a retired admiral to be his security adviser.", "asked"),
    ("The board asked the former treasurer to serve as interim chairman of the bank.", "asked"),
    ("I have asked my deputy to be responsible for the running of the ministry.", "asked"),
])
def test_an_office_offered(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The ministry asked Italy to extradite the two suspects.", "asked"),
    ("The union asked its members to be ready for a walkout.", "asked"),
])
def test_an_act_or_a_state_asked_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("A police officer, who asked not to be named, said the suspect had fled.", "asked"),
    ("The official spoke on the phone, asking not to be identified.", "asking"),
    ("A ranger who asked not to be quoted said the fence was cut at night.", "asked"),
])
def test_anonymity_asked(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Three thieves stole nearly all the jewels on display at the shop on Friday.", "stole"),
    ("A burglar stole $40,000 worth of watches from the store overnight.", "stole"),
    ('"They are stealing our dreams," the banner read.', "stealing"),
])
def test_goods_stolen(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


def test_a_weapon_taken_from_a_guard_stays(pipe: Pipeline) -> None:
    text = "The inmate overpowered the guard and stole two rifles from the armoury."
    assert "stole" in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The inmate handcuffed the two guards together and fled on foot.", "handcuffed"),
    ("The gunmen blindfolded the hostages and drove them away.", "blindfolded"),
    ("The prisoner escaped after pulling a knife and handcuffing two escorts.", "handcuffing"),
])
def test_people_restrained_by_an_attacker(pipe: Pipeline, text: str, word: str) -> None:
    event = by_trigger(pipe, text)[word]
    assert event.type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("Police handcuffed the suspect and took him to the station.", "handcuffed"),
    ("Deputies handcuffed the driver after a short chase.", "handcuffed"),
    ("He was handcuffed and led away by two officers.", "handcuffed"),
])
def test_restraint_in_an_arrest(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The chapel was badly damaged by arson on Friday night.", "damaged"),
    ("The depot was destroyed by fire on Sunday, the mayor said.", "destroyed"),
    ("The pipe may have been damaged by tree roots, engineers said.", "damaged"),
])
def test_property_damaged_by_a_thing(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The tank was destroyed by artillery fire near the bridge.", "destroyed"),
    ("The border post was destroyed by Serbian fire overnight.", "destroyed"),
    ("The convoy was destroyed by rebels near the border.", "destroyed"),
])
def test_damage_by_a_weapon_or_a_party_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Police struggled to control the crowd outside the stadium.", "struggled"),
    ("Medics scrambled to reach the injured after the blast.", "scrambled"),
    ("The council strove to keep the talks alive through the night.", "strove"),
])
def test_an_effort_is_no_act_of_its_own(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


def test_a_scuffle_stays(pipe: Pipeline) -> None:
    assert "struggled" in by_trigger(pipe, "Protesters struggled with police outside the embassy.")


@pytest.mark.parametrize("text,word", [
    ("The president flew to Moscow for a meeting with his Russian counterpart on Tuesday.",
     "meeting"),
    ("The envoy was in Kabul for meetings with tribal leaders from the south.", "meetings"),
    ("The mayor went to Geneva for a meeting between rebel and government negotiators.",
     "meeting"),
])
def test_a_meeting_with_a_named_side_stays(pipe: Pipeline, text: str, word: str) -> None:
    """review54: a meeting with or between sides is an interaction, no setting."""
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The rebels asked the former president to serve as mediator in the dispute.", "asked"),
    ("Kenya asked Nigeria to act as guarantor of the ceasefire deal.", "asked"),
    ("The opposition asked the bishop to be an observer at the vote count.", "asked"),
    ("The government asked the UN to serve as an intermediary with the insurgents.", "asked"),
])
def test_a_go_between_asked_stays(pipe: Pipeline, text: str, word: str) -> None:
    """review54: a mediator's role, or a state or a body asked to take one, is
    a request, no office offered."""
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The village was destroyed by fire from army helicopters on Monday.", "destroyed"),
    ("Dozens of shops were destroyed by fire from government tanks.", "destroyed"),
    ("The clinic was badly damaged by fire from the warships offshore.", "damaged"),
])
def test_damage_by_fire_from_a_weapon_stays(pipe: Pipeline, text: str, word: str) -> None:
    """review54: a weapon's or a force's fire named by its "from" phrase."""
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The two journalists were let go by their captors near the border on Friday.", "let"),
    ("The aid workers were let go by the militia after three weeks.", "let"),
    ("Both nurses were let go by the kidnappers in a village near the coast.", "let"),
])
def test_let_go_by_a_side_stays(pipe: Pipeline, text: str, word: str) -> None:
    """review54: people let go by a named side are a release, no leaving."""
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Allegations by rights groups that guards beat inmates prompted an inquiry.",
     "Allegations"),
    ("Allegations by two aid agencies that troops had burned a village reached the ministry.",
     "Allegations"),
    ("New allegations by the opposition that ballots were stuffed drew a swift denial.",
     "allegations"),
])
def test_an_accusation_whose_maker_is_named_stays(pipe: Pipeline, text: str,
                                                 word: str) -> None:
    """review54: "allegations by X that ..." is the making, no topic."""
    assert word in by_trigger(pipe, text)


def test_an_accusation_investigated_stays_a_topic(pipe: Pipeline) -> None:
    """review54: an allegation by a named maker that is the object of
    another's act is still its topic."""
    text = ("The panel completed its inquiry into an allegation by the union that guards "
            "had beaten two inmates.")
    assert "allegation" not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The rebels stole $2 million worth of weapons from the depot.", "stole"),
    ("Insurgents stole cars and trucks belonging to the UN mission.", "stole"),
    ("Soldiers stole money and phones from detainees at the checkpoint.", "stole"),
    ("A gang stole cash and three rifles from the police post.", "stole"),
])
def test_a_theft_of_arms_or_by_a_force_stays(pipe: Pipeline, text: str, word: str) -> None:
    """review54: weapons behind "worth of", goods beside arms, or goods taken
    by a force or an armed group, are a seizure, no private theft."""
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Activists handcuffed themselves to the gates of parliament at dawn.", "handcuffed"),
    ("A pensioner handcuffed herself to the railings outside the town hall.", "handcuffed"),
    ("Greenpeace members handcuffed themselves to the fence of the power station.",
     "handcuffed"),
])
def test_restraining_oneself_is_no_abduction(pipe: Pipeline, text: str, word: str) -> None:
    """review54: handcuffing oneself is a protest stunt, no ASSAULT abduct."""
    event = by_trigger(pipe, text).get(word)
    assert event is None or event.type != "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("The hostages were blindfolded and driven to a farm outside the city.", "blindfolded"),
    ("The captives were handcuffed and held in a cellar for a week.", "handcuffed"),
    ("Both hostages were blindfolded before the kidnappers moved them at night.",
     "blindfolded"),
])
def test_captives_restrained_stay(pipe: Pipeline, text: str, word: str) -> None:
    """review54: captives restrained with no doer named are an abduction's act."""
    assert word in by_trigger(pipe, text)
