"""Class of eventwire/stages/events/issued_orders.py: the one who issues a
warrant or orders someone held is the actor of the act it names (the
labelling guide's twenty-eighth-session decision). Every sentence here was
written for these tests; on main the compound "arrest warrant" and the
ordered participles had no actor (or the one held as actor)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import roles, verb_roles
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("A district court in Osh issued an arrest warrant for the former mayor.", "arrest",
     "court"),
    ("The state prosecutor on Friday sought a detention order against two bankers.",
     "detention", "prosecutor"),
    ("An arrest warrant was issued by a military tribunal for the rebel commander.",
     "arrest", "tribunal"),
])
def test_issuer_of_a_written_order(spacy_nlp: Language, text: str, trigger: str,
                                   actor: str) -> None:
    doc = spacy_nlp(text)
    noun = next(t for t in doc if t.text == trigger)
    doer, _ = roles.noun_roles(noun)
    assert doer is not None and doer.text == actor, (doer, actor)


@pytest.mark.parametrize("text,trigger,actor,held", [
    ("A magistrate in Gulu ordered five traders held in custody for a week.", "held",
     "magistrate", "traders"),
    ("The judge ordered him detained pending an appeal.", "detained", "judge", "him"),
    ("Three students were ordered held by an appeals court in Izmir.", "held", "court",
     "students"),
    ("The court, which ordered the two pilots deported, sat in closed session.",
     "deported", "court", "pilots"),
])
def test_orderer_of_a_custody_participle(spacy_nlp: Language, text: str, trigger: str,
                                         actor: str, held: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    doer, candidates = verb_roles.verb_role_candidates(verb)
    assert doer is not None and doer.text == actor, (doer, actor)
    assert [c.text for c in candidates] == [held]


@pytest.mark.parametrize("text,trigger,not_actor", [
    # a participle on a noun that is no object of an order
    ("Suspects held since May were ordered to pay a fine.", "held", "Suspects"),
    # a warrant under a verb that does not issue it
    ("The activist was arrested on a warrant from the supreme court.", "warrant", "activist"),
    # a finite clause with its own passive auxiliary: not the small clause
    ("The judge ordered that the men be held in a military jail.", "held", "men"),
])
def test_near_misses(spacy_nlp: Language, text: str, trigger: str, not_actor: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    if tok.pos_ == "NOUN":
        doer, _ = roles.noun_roles(tok)
        assert doer is None or doer.text != not_actor, doer
    else:
        assert verb_roles.verb_role_candidates(tok)[0] is None or \
            verb_roles.verb_role_candidates(tok)[0].text != not_actor
    from eventwire.stages.events.issued_orders import issuing_verb, ordered_small_clause
    assert issuing_verb(tok) is None and ordered_small_clause(tok) is None


def test_whole_stage_gives_the_warrant_its_court(event_pipe: Pipeline) -> None:
    events = by_trigger(event_pipe,
                        "A court in Bamako on Tuesday issued an arrest warrant for the "
                        "former prime minister, accused of embezzling public funds.")
    ev = next(e for t, e in events.items() if "warrant" in t or t == "arrest")
    assert ev.actor is not None and "court" in ev.actor.text


# false51: an order whose small clause is a custody participle is one event,
# COERCE on the participle; the order verb is the same act told twice
# (sentences written here; each gave a second event on "ordered" before)
@pytest.mark.parametrize("text,act", [
    ("The magistrate ordered the two students detained for a further week.", "detained"),
    ("The tribunal ordered the asylum seekers deported to their home country.", "deported"),
    ("A judge in Tunis ordered the blogger held for ten days.", "held"),
    ("The court in Gyumri ordered the soldier held in a military jail.", "held"),
    # real66: the passive order's participle is kept past the learned filter
    # (before, the filter dropped "held" and "ordered" was a REQUEST; the
    # records label every such order COERCE on "held", none on "ordered")
    ("She was ordered held pending a psychiatric evaluation.", "held"),
    ("The deputy was ordered held on a million-dollar bail at his arraignment.", "held"),
    ("After a brief hearing, Okonjo, 52, was ordered held without bond.", "held"),
    ("A regional court ordered Petrosyants held for two months.", "held"),
])
def test_a_custody_order_is_one_event_on_the_participle(event_pipe: Pipeline, text: str,
                                                        act: str) -> None:
    found = by_trigger(event_pipe, text)
    assert "ordered" not in found
    assert found[act].type == "COERCE"


# near misses: the order stays an event when no custody participle is its act
@pytest.mark.parametrize("text,trigger,kind", [
    ("The governor ordered the National Guard to clear the square.", "ordered", "REQUEST"),
    ("The judge ordered that the prisoners be given medical care.", "ordered", "REQUEST"),
    ("The minister ordered an investigation into the prison riot.", "investigation", "ACCUSE"),
    ("The mayor was ordered to pay a fine for the unlicensed march.", "ordered", "REQUEST"),
])
def test_other_orders_are_left_alone(event_pipe: Pipeline, text: str, trigger: str,
                                     kind: str) -> None:
    assert by_trigger(event_pipe, text)[trigger].type == kind


@pytest.mark.parametrize("text", [
    "The electoral board ordered the ballot held in two rounds.",
    "The judge ordered the seized documents held until the trial.",
    "The ministry ordered the grain shipment held at the port for inspection.",
])
def test_a_thing_ordered_held_is_no_custody(event_pipe: Pipeline, text: str) -> None:
    """real66's near misses: the order's small clause holds no person, so
    no custody event is kept on "held"."""
    found = by_trigger(event_pipe, text)
    assert "held" not in found or found["held"].type != "COERCE"
