"""Class *the doer of a story of organised crime*
(eventwire/stages/actors/gang_doers.py). Every sentence here was written
for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.gang_doers import gang_doer
from tests.conftest import event_with_trigger as event


@pytest.mark.parametrize("text,trigger", [
    ("Prosecutors say Dario Russo fired from a balcony at members of a rival gang in "
     "Naples on Friday.", "fired"),
    ("Two men shot a shopkeeper in Medellin on Monday, police said. Both belong to a "
     "cartel that controls the market.", "shot"),
    ("Ivan Petrov threatened a witness in Sofia last year, prosecutors said, after the "
     "mafia boss he served was charged.", "threatened"),
    ("Luca Bianchi, 41, appeared before a judge in Rome on Tuesday. He admitted that he "
     "had extorted shop owners for the Camorra for a decade.", "admitted"),
])
def test_a_civilian_doer_near_a_crime_group_is_uaf_too(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.actor is not None, ev
    assert ev.actor.sectors[:1] == ["CVL"] and "UAF" in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Dale Pruitt fired at his former colleagues in an Ohio warehouse on Monday, police "
     "said.", "fired"),
    ("A former employee opened fire at an office party in Leeds on Friday, killing one "
     "man.", "opened"),
    ("Martha Lyle stabbed her neighbour in Perth after a quarrel over a fence, police "
     "said.", "stabbed"),
])
def test_a_lone_killer_with_no_crime_group_stays_civilian(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.actor is not None and "UAF" not in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Hundreds of residents marched through Cali on Sunday to protest against gang "
     "violence.", "marched"),
    ("Parents of the boy killed by a gang in Kingston demanded that police protect the "
     "school.", "demanded"),
    ("Shop owners in Palermo protested on Monday against the Mafia's extortion.",
     "protested"),
])
def test_a_civilian_who_does_no_wrong_in_a_gang_story_stays_civilian(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.actor is None or "UAF" not in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("sectors", [["COP"], ["BUS", "CVL"], [], ["UAF", "CVL"]])
def test_a_doer_with_a_code_of_its_own_or_none_is_left(
        event_pipe: Pipeline, sectors: list[str]) -> None:
    doc = event_pipe.nlp("The officer fired at members of a rival gang in Naples.")
    actor = ActorMention(start=0, end=11, text="The officer", sectors=sectors)
    got = gang_doer(doc, actor, "ASSAULT")
    assert got is not None and got.sectors == sectors, got


def test_the_gangs_own_victim_who_fights_back_stays_civilian(event_pipe: Pipeline) -> None:
    doc = event_pipe.nlp("A baker whom the gang had extorted for years shot at the "
                         "collectors in Naples.")
    actor = ActorMention(start=0, end=7, text="A baker", sectors=["CVL"])
    got = gang_doer(doc, actor, "ASSAULT")
    assert got is not None and got.sectors == ["CVL"], got


# filler far from the gang word (more than crime_suspects.WINDOW characters)
_FAR = ("The victim's family sat in the front row of the courtroom on Tuesday, and his widow "
        "wept as the charges were read out. Witnesses said the street had been busy that "
        "morning, with customers queuing for bread and a delivery van parked outside. A "
        "bus driver said he heard two loud bangs and saw a man running towards the station "
        "with a helmet under his arm. A forensic expert described the weapon that divers "
        "found in the river a week later, and the judge adjourned the hearing twice. ")


@pytest.mark.parametrize("text,trigger", [
    ("Prosecutors say Dario Russo kept the books of a gang in Bari for years. " + _FAR
     + "Dario Russo shot the shopkeeper twice, the prosecutor told the jury.", "shot"),
    ("Police say Marco Ferri ran errands for a cartel in Monterrey. " + _FAR
     + "Mr Ferri attacked the driver with a knife, police said.", "attacked"),
    ("Investigators say Paolo Greco collected debts for the Mafia in Palermo. " + _FAR
     + "Greco stabbed the baker in the back, a witness told the court.", "stabbed"),
])
def test_the_same_man_named_again_far_from_the_gang_word_is_uaf_too(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.actor is not None, ev
    assert ev.actor.sectors[:1] == ["CVL"] and "UAF" in ev.actor.sectors, ev.actor


def test_a_man_named_far_from_the_gang_word_and_never_near_it_stays_civilian(
        event_pipe: Pipeline) -> None:
    text = ("Police say a gang ran the market in Bari for years. " + _FAR
            + "Dario Russo shot the shopkeeper twice, the prosecutor told the jury.")
    ev = event(event_pipe, text, "shot")
    assert ev.actor is not None and "UAF" not in ev.actor.sectors, ev.actor
