"""Classes of eventwire/stages/events/verb_roles.py: whose clause subject is
no actor. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,accused", [
    ("The former mayor faces three counts of bribery.", "mayor"),
    ("A nurse from Leeds will face manslaughter charges next month.", "nurse"),
    ("The two brothers faced more than 40 fraud charges at the hearing.", "brothers"),
    ("Councillor Okafor faces corruption charges", "Okafor"),
    ("The senator now faces four counts of perjury, prosecutors said.", "senator"),
])
def test_the_accused_facing_charges_is_no_actor(event_rules_pipe: Pipeline, text: str,
                                                accused: str) -> None:
    """Class *the accused facing charges*: the subject of "face ... charges"
    is the one accused, the allegation's recipient, never its actor."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.type == "ACCUSE")
    assert ev.actor is None, ev.actor
    assert ev.recipient is not None and ev.recipient.text.endswith(accused), ev.recipient


@pytest.mark.parametrize("text,actor", [
    ("Prosecutors charged the former mayor with bribery.", "Prosecutors"),
    ("The district attorney accused the two brothers of fraud.", "attorney"),
    ("Police accused the nurse of manslaughter.", "Police"),
])
def test_who_brings_charges_stays_the_actor(event_rules_pipe: Pipeline, text: str,
                                            actor: str) -> None:
    """The accuser of an allegation worded otherwise keeps its actor."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.type == "ACCUSE")
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


@pytest.mark.parametrize("text,accused", [
    ("The reporter had faced charges by the junta before he fled.", "reporter"),
    ("The journalist has faced terrorism charges by the army since May.", "journalist"),
])
def test_the_accused_is_who_faces_not_a_by_phrase(event_rules_pipe: Pipeline, text: str,
                                                   accused: str) -> None:
    """A "by" phrase on "has faced" names the accuser, not a passive agent:
    the accused is still the subject."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.type == "ACCUSE")
    assert ev.recipient is not None and ev.recipient.text.endswith(accused), ev.recipient


@pytest.mark.parametrize("text,accused", [
    ("The former minister was arrested and now faces corruption charges.", "minister"),
    ("The mayor was detained on Monday and faces three counts of fraud.", "mayor"),
])
def test_the_accused_shares_a_passive_conjuncts_subject(event_rules_pipe: Pipeline,
                                                        text: str, accused: str) -> None:
    """"was arrested and faces charges": the one arrested faces them."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.type == "ACCUSE")
    assert ev.recipient is not None and ev.recipient.text.endswith(accused), ev.recipient


@pytest.mark.parametrize("text,verb,party", [
    ("Russia cut off gas to Moldova in January.", "cut", "Moldova"),
    ("Officials awarded damages to the victims' families.", "awarded", "families"),
    ("Turkey lent money to the Somali government.", "lent", "government"),
    ("Japan gave Tanzania a grant for the port.", "gave", "Tanzania"),
])
def test_a_to_phrase_parsed_as_the_dative_names_its_object(
        event_pipe: Pipeline, text: str, verb: str, party: str) -> None:
    """Class *a to-phrase parsed as the dative* (recips31): the party is the
    preposition's object; a true indirect object is itself."""
    from eventwire.stages.events.verb_roles import dative_object

    doc = event_pipe.nlp(text)
    (tok,) = [t for t in doc if t.text == verb]
    found = dative_object(tok)
    assert found is not None and found.text == party, found


@pytest.mark.parametrize("text,trigger,helped", [
    ("Brazil offered to help Bolivia fight the forest fires.", "offered", "Bolivia"),
    ("Japan offered to help Sri Lanka restructure its debt.", "offered", "Sri Lanka"),
    ("Norway is ready to help Colombia clear the mines, its foreign minister said.",
     "ready", "Colombia"),
])
def test_the_one_helped_to_act_is_the_recipient(event_pipe: Pipeline, text: str,
                                                trigger: str, helped: str) -> None:
    """Class *the one helped to act* (recips31): "help X do Y" names X as
    the subject of the infinitive; X is whom the help is for."""
    (ev,) = [e for e in events_of(event_pipe, text) if e.trigger.text == trigger]
    assert ev.recipient is not None and ev.recipient.text == helped, ev.recipient


def test_the_helped_described_by_a_participle_are_no_recipient(event_pipe: Pipeline) -> None:
    """Only "help X" before a bare infinitive: a participle describes X."""
    (ev,) = [e for e in events_of(event_pipe, "The agency appealed for money to help "
                                  "thousands of families threatened by the floods in Kisumu.")
             if e.trigger.text == "appealed"]
    assert ev.recipient is None, ev.recipient


@pytest.mark.parametrize("text,trigger,holder", [
    ("Mayor's attacker gets life sentence", "gets life sentence", "attacker"),
    ("The former Kenyan minister received a ten-year sentence on Friday.",
     "received a ten-year sentence", "minister"),
    ("The smuggler was given two life sentences by a court in Accra.",
     "given two life sentences", "smuggler"),
])
def test_who_receives_a_sentence_is_the_recipient(event_pipe: Pipeline, text: str,
                                                  trigger: str, holder: str) -> None:
    """Class *who receives a sentence* (roles32): the one who gets, receives
    or is given it is the recipient, never the actor."""
    (ev,) = [e for e in events_of(event_pipe, text) if e.trigger.text == trigger]
    assert ev.recipient is not None and holder in ev.recipient.text, ev.recipient
    assert ev.actor is None or holder not in ev.actor.text, ev.actor


def test_a_court_that_gives_a_sentence_stays_the_actor(event_pipe: Pipeline) -> None:
    """An active "gave X a sentence": the court acts, X receives."""
    text = "A court in Accra gave the smuggler a life sentence on Monday."
    (ev,) = [e for e in events_of(event_pipe, text) if e.trigger.text.startswith("gave")]
    assert ev.actor is not None and "court" in ev.actor.text, ev.actor
    assert ev.recipient is not None and "smuggler" in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,court", [
    ("The journalist was given a ten-year prison sentence by the court in Ankara on Friday.",
     "court"),
    ("Two rebel commanders were given life sentences by a tribunal in Arusha.", "tribunal"),
    ("The Ghanaian smuggler was given a 12-year sentence by the judge on Monday.", "judge"),
])
def test_a_by_court_hung_on_the_sentence_noun_is_the_actor(event_pipe: Pipeline, text: str,
                                                            court: str) -> None:
    """review57: "was given a sentence by the court" -- the parse often hangs
    the "by" phrase on the sentence noun, not on "given"; the court it names
    is still the actor, the one given the sentence the recipient."""
    (ev,) = [e for e in events_of(event_pipe, text) if e.trigger.text.startswith("given")]
    assert ev.actor is not None and court in ev.actor.text, ev.actor
    assert ev.recipient is not None and court not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,holder", [
    ("The Kenyan colonel is reported to have been given a life sentence by a military tribunal.",
     "colonel"),
    ("The Ugandan officer was convicted of fraud and was given a 12-year sentence.", "officer"),
    ("The former Malian minister fled abroad after being given a five-year sentence.",
     "minister"),
])
def test_one_given_a_sentence_in_a_passive_chain_is_the_recipient(
        event_pipe: Pipeline, text: str, holder: str) -> None:
    """review57: a passive "given a sentence" with no subject of its own --
    raised ("is reported to have been given"), joined ("was convicted and
    given") or after a preposition ("after being given") -- gives it to the
    subject of the verb above."""
    (ev,) = [e for e in events_of(event_pipe, text) if e.trigger.text.startswith("given")]
    assert ev.recipient is not None and holder in ev.recipient.text, ev.recipient


def test_the_verb_actor_memo_is_per_document(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed48: ``verb_actor`` keeps its answer per document by the verb's
    index; two documents with a verb at the same index do not share it, and
    every answer (asked twice) equals the uncached reading."""
    from eventwire.stages.events.verb_roles import _verb_actor, verb_actor

    first = spacy_nlp("Police arrested the smugglers at dawn.")
    second = spacy_nlp("Rebels shelled the garrison town overnight.")
    assert verb_actor(first[1]).text == "Police"  # type: ignore[union-attr]
    assert verb_actor(second[1]).text == "Rebels"  # type: ignore[union-attr]
    third = spacy_nlp("The convoy was ambushed by gunmen, and the driver was rescued. "
                      "Troops burned the depot before they withdrew.")
    for doc in (first, second, third):
        for tok in (t for t in doc if t.pos_ in ("VERB", "AUX")):
            for _ in range(2):
                assert verb_actor(tok) == _verb_actor(tok), tok.text
