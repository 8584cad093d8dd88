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
