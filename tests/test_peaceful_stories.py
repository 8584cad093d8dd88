"""Acts of force in a story that tells no violence
(eventwire/stages/events/peaceful_stories.py). Every text here was written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.peaceful_stories import peaceful_story
from tests.conftest import events_of

FEVER = (
    "Fever outbreak spreads on the island\n"
    "Health officials said on Tuesday that the fever struck nine patients in ten this winter.\n"
    "The agency fears an explosion in measles cases next year."
)
CYCLONE = (
    "Cyclone leaves coast without power\n"
    "Hundreds of homes were damaged and the mango harvest was destroyed when the cyclone "
    "crossed the coast on Sunday.\n"
    "The ski resorts further south were badly hit by the warm winter, the tourism board said."
)
HANGAR = (
    "Jet damaged in hangar mishap\n"
    "The wing tip struck the hangar wall as the jet was towed out on Friday, the airline said.\n"
    "The maker said the test flights would be delayed by a week."
)
SPADE = (
    "Row over a hedge\n"
    "A woman struck her neighbour with a spade on Sunday after a row over a hedge."
)
DROUGHT = (
    "Drought hits farms\n"
    "The drought destroyed the wheat harvest. The ministry hit back at critics of its water "
    "plan on Monday."
)
FINAL = (
    "Fans riot after final\n"
    "Rioters attacked a bus and police fired tear gas after the final on Sunday. Several shops "
    "were damaged."
)


@pytest.mark.parametrize("text,words", [
    (FEVER, {"struck", "explosion"}),
    (CYCLONE, {"damaged", "destroyed", "hit"}),
    (HANGAR, {"struck"}),
])
def test_force_in_a_peaceful_story_is_no_event(event_pipe: Pipeline, text: str,
                                               words: set[str]) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert not found & words, found


@pytest.mark.parametrize("text,word", [
    (SPADE, "struck"),   # someone harming a person: deliberate violence
    (DROUGHT, "hit"),    # a political actor's act
    (FINAL, "fired"),    # a story telling violence keeps its acts of force
])
def test_deliberate_or_political_force_stays(event_pipe: Pipeline, text: str,
                                             word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


def test_a_story_is_peaceful_by_its_words(event_pipe: Pipeline) -> None:
    nlp = event_pipe.nlp
    assert peaceful_story(nlp.make_doc("The flood damaged the bridge and the harvest."))
    assert not peaceful_story(nlp.make_doc("Gunmen damaged the bridge."))
    assert not peaceful_story(nlp.make_doc("Police said the bridge was damaged."))
    assert not peaceful_story(nlp.make_doc("The bridge was damaged in the war."))


def test_force_on_an_official_stays(event_pipe: Pipeline) -> None:
    text = "Scare at the town fair\nSomeone tried to push the governor off the stage on Sunday."
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert "push" in found, found


@pytest.mark.parametrize("text,word", [
    ("Night of fear in the valley\nWe were hit twice after midnight, a farmer said.", "hit"),
    ("Panic at the fair\nA van struck the crowd at the gates on Saturday.", "struck"),
    ("Port at a standstill\nThe dockers struck for a second day on Tuesday.", "struck"),
])
def test_a_speaking_victim_a_crowd_or_a_strike_stays(event_pipe: Pipeline, text: str,
                                                     word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


@pytest.mark.parametrize("text,word", [
    # a person noun as doer (the actor stage gives it no kind)
    ("Grief in the suburbs\nA father killed his three children and then himself at their "
     "home on Tuesday, neighbours said.", "killed"),
    # a name the tagger does not know
    ("Partner poisoned\nOkonkwo Adebayo poisoned his business partner at a dinner in Lagos "
     "last month, the family said.", "poisoned"),
    ("Bakery row\nThe baker struck a teenager with a rolling pin after a row over change, "
     "neighbours said on Monday.", "struck"),
])
def test_a_person_named_by_a_noun_or_an_unknown_name_harming_people_stays(
        event_pipe: Pipeline, text: str, word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


@pytest.mark.parametrize("text,word", [
    ("Two men were killed in Karachi on Monday.", "killed"),
    ("Man killed near the old bridge", "killed"),
    ("Farm deaths\nThree brothers were killed near their farm on Sunday, a village elder "
     "said. The family buried them the same evening.", "killed"),
])
def test_people_killed_by_no_named_doer_in_a_story_of_no_hazard_stay(
        event_pipe: Pipeline, text: str, word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


@pytest.mark.parametrize("text", [
    "Cable car tragedy\nSixteen people were killed when the cable car crashed into a wall "
    "on Friday.",
    "Wave hits coast\nTwo hundred people were killed when the tsunami reached the coast on "
    "Sunday, the ministry said.",
    "Sickness on the ward\nFour children were struck down this winter as the measles "
    "spread through the valley, the clinic said.",
])
def test_people_harmed_in_a_story_of_a_hazard_or_a_mishap_are_no_event(
        event_pipe: Pipeline, text: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text) if e.type == "ASSAULT"}
    assert not found & {"killed", "struck"}, found


def test_looting_vandals_thugs_and_killing_verbs_make_a_story_violent(
        event_pipe: Pipeline) -> None:
    nlp = event_pipe.nlp
    assert not peaceful_story(nlp.make_doc("Shops were looted overnight in the old town."))
    assert not peaceful_story(nlp.make_doc("Thugs set fire to a dozen cars."))
    assert not peaceful_story(nlp.make_doc("The owner was gunned down on his land."))
    assert not peaceful_story(nlp.make_doc("Vandals wrecked the chapel."))


@pytest.mark.parametrize("text,word", [
    ("Night of looting\nHundreds of shops were looted and a mosque was set ablaze in the old "
     "town on Friday.", "set"),
    ("Car park fires\nThugs set fire to a dozen cars in the car park of the stadium late on "
     "Sunday.", "set"),
    ("Farmhouse burned\nA farmhouse was set on fire and its barn destroyed after the owner was "
     "gunned down on his land, neighbours said.", "destroyed"),
])
def test_property_attacked_in_a_story_of_looting_thugs_or_a_killing_stays(
        event_pipe: Pipeline, text: str, word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text) if e.type == "ASSAULT"}
    assert word in found, found


@pytest.mark.parametrize("text,peaceful", [
    ("The clans captured the valley after a week of fighting.", False),
    ("Heavy fighting was reported near the dam on Monday.", False),
    ("Fighting broke out between the two villages at dawn.", False),
    ("Doctors are fighting the virus in the northern towns.", True),
    ("Health workers are fighting to contain the outbreak.", True),
])
def test_fighting_told_as_a_noun_makes_a_story_violent(event_pipe: Pipeline, text: str,
                                                       peaceful: bool) -> None:
    assert peaceful_story(event_pipe.nlp(text)) is peaceful


@pytest.mark.parametrize("text,peaceful", [
    ("Villagers burned the depot overnight following the killing of a shepherd.", False),
    ("A spate of killings has emptied the market town.", False),
    ("The killing of the elder was condemned by the council.", False),
    ("The new strain is killing older patients in the region.", True),
    ("The frost is killing the vines across the valley.", True),
])
def test_a_killing_told_as_a_noun_makes_a_story_violent(event_pipe: Pipeline, text: str,
                                                        peaceful: bool) -> None:
    """A homicide named by the noun ("the killing of", "killings") is
    violence; the verb of disease and frost copy is not."""
    assert peaceful_story(event_pipe.nlp(text)) is peaceful


def test_property_set_on_fire_after_a_killing_stays(event_pipe: Pipeline) -> None:
    """The act of force of a story that names a killing by its noun is kept."""
    text = ("Herders set fire to the grain store of the cooperative overnight following "
            "the killing of a farmer, residents said.")
    assert any(e.type == "ASSAULT" for e in events_of(event_pipe, text))
