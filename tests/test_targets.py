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


def _token_walk(trigger, preps, direct):  # type: ignore[no-untyped-def]
    """``_chain_objects`` as it was written on Tokens before speed29."""
    out, frontier = [], [trigger]
    for _ in range(6):
        nxt = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass", "advcl", "relcl", "conj", "cc", "punct"):
                    continue
                if c.pos_ in ("VERB", "AUX") and any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                    continue
                if c.dep_ == "pobj" and tok.dep_ == "prep" and tok.lower_ in preps \
                        and (direct or tok.head != trigger):
                    out.append(c)
                nxt.append(c)
        frontier = nxt
    return out


@pytest.mark.parametrize("text", [
    "The union threatened a strike against the port authority over pay cuts to dockers.",
    "Donors pledged aid to flood victims in the delta, and the army fired at looters.",
    "Ministers imposed sanctions on two banks with ties to the junta after talks failed.",
])
def test_chain_objects_equal_the_token_walk(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed29: the walk on the children table and the columns finds the
    objects the Token walk finds, from every word, both ways."""
    from eventwire.stages.events.targets import PLACE_PREPS, TARGET_PREPS, _chain_objects
    doc = spacy_nlp(text)
    for tok in doc:
        for preps, direct in ((TARGET_PREPS, False), (PLACE_PREPS, True)):
            assert [t.i for t in _chain_objects(tok, preps, direct)] == \
                [t.i for t in _token_walk(tok, preps, direct)]
