"""Recipients found beyond the trigger's own slots (eventwire/stages/events/
targets.py). Every sentence was written for these tests; none comes from an
evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger,word", [
    ("Soldiers shot and killed a Kenyan fisherman near the lake.", "shot", "fisherman"),
    ("Masked men looted and burned shops in the market town.", "looted", "shops"),
    ("The gunman shot and wounded two police officers outside the bank.", "shot",
     "officers"),
])
def test_coordinated_verbs_share_their_object(pipe: Pipeline, text: str, trigger: str,
                                              word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


def test_two_acts_joined_later_do_not_share(pipe: Pipeline) -> None:
    ev = event(pipe, "Uganda denied that its troops were fighting inside Congo and "
                     "accused Kinshasa of arming the rebels.", "fighting")
    assert ev.recipient is None or "Kinshasa" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Kenyan activist Boniface Mwangi has not been seen since his arrest in March.",
     "arrest", "his"),
    ("Ugandan lawyer Sarah Bireete said her detention was illegal.", "detention", "her"),
    ("Mexican journalist Pedro Ruiz was freed a week after his kidnapping.", "kidnapping",
     "his"),
])
def test_the_possessor_of_an_arrest_is_the_arrested(pipe: Pipeline, text: str, trigger: str,
                                                    word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == word, ev.recipient
    assert ev.actor is None or ev.actor.text != word, ev.actor


@pytest.mark.parametrize("text,trigger,word", [
    ("The former mayor remains under house arrest in his villa.", "house arrest", "mayor"),
    ("Officers placed the newspaper editor under arrest at the airport.", "arrest", "editor"),
    ("Two opposition senators are now under arrest, their party said.", "arrest", "senators"),
    ("The governor is under investigation for fraud, prosecutors said.", "investigation",
     "governor"),
])
def test_who_is_under_arrest(pipe: Pipeline, text: str, trigger: str, word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.actor is None or word not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,word", [
    ("Opposition leader Ana Ruiz escaped from house arrest, her party said.", "house arrest",
     "Ruiz"),
    ("The union leader, who remains under house arrest in her flat, wrote to supporters.",
     "house arrest", "union"),
    ("Two opposition senators were freed from detention on Friday.", "detention", "senators"),
])
def test_who_was_held_or_leaves_custody(pipe: Pipeline, text: str, trigger: str,
                                        word: str) -> None:
    """recips27: a relative pronoun stands for its noun, and custody one
    leaves ("escaped from house arrest") names its patient."""
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


def test_who_leaves_an_inquiry_is_not_its_patient(pipe: Pipeline) -> None:
    """Only custody one leaves: withdrawing from an inquiry is the inquirer's act."""
    text = "The senator withdrew from the investigation into the governor last week."
    ev = event(pipe, text, "investigation")
    assert ev.recipient is None or "senator" not in ev.recipient.text, ev.recipient


def test_the_one_who_puts_under_arrest_acts(pipe: Pipeline) -> None:
    ev = event(pipe, "Police placed the newspaper editor under arrest at the airport.", "arrest")
    assert ev.actor is not None and "Police" in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,word", [
    ("Jets launched air strikes on rebel-held villages at dawn.", "strikes", "villages"),
    ("Rebels launched fresh raids against army positions on Monday.", "raids", "army"),
    ("The navy conducted drone attacks on a fishing boat off the coast.", "attacks",
     "boat"),
])
def test_the_target_of_an_act_noun_on_its_light_verb(pipe: Pipeline, text: str, trigger: str,
                                                    word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


def test_a_topic_on_a_light_verb_is_no_recipient(pipe: Pipeline) -> None:
    ev = event(pipe, "The two ministers held talks on the budget on Monday.", "talks")
    assert ev.recipient is None or "budget" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Prosecutors opened an investigation into the governor over the contracts.",
     "investigation", "governor"),
    ("The Commission opened an investigation into whether the company abused its position.",
     "investigation", "company"),
    ("The regulator will investigate whether the ministry broke the law.", "investigate",
     "ministry"),
    ("The watchdog launched a probe into the airline over the delays.", "probe", "airline"),
])
def test_whom_an_inquiry_is_into(pipe: Pipeline, text: str, trigger: str, word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Students renewed calls for the education minister to resign.", "calls", "minister"),
    ("Protesters renewed calls for the president to resign.", "calls", "president"),
])
def test_the_one_a_call_is_for(pipe: Pipeline, text: str, trigger: str, word: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,word", [
    ("Kenyan police fire tear gas at students outside parliament", "students"),
    ("Troops fire shells on border village", "village"),
    ("Serbian police fire rubber bullets at fans near stadium", "fans"),
])
def test_a_headline_verb_parsed_as_a_compound(pipe: Pipeline, text: str, word: str) -> None:
    ev = event(pipe, text, "fire")
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
