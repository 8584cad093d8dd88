"""Class of eventwire/stages/events/owned_things.py: the owner of goods
taken and of a part of a building, vehicle or system damaged or broken into
is a recipient candidate. Every sentence here was written for these tests
(none is from an evaluation set); the near misses are a place, a time or a
body part as the possessor, the actor's own things, and verbs outside the
two classes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import verb_roles
from eventwire.stages.events.owned_things import owners_of_things
from tests.conftest import events_of


def _verb(spacy_nlp: Language, text: str, trigger: str):  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    return next(t for t in doc if t.text == trigger)


@pytest.mark.parametrize("text,trigger,owner", [
    # goods taken: their owner
    ("Masked men stopped the reporters at a checkpoint and confiscated their cameras.",
     "confiscated", "their"),
    ("The escaped convict overpowered a deputy and took the deputy's pistol.", "took",
     "deputy"),
    ("Bandits in Zamfara stole the herders' cattle and their phones.", "stole", "herders"),
    # parts of a building, a vehicle or a system: the whole they belong to
    ("Rioters set fire to the main door of the courthouse on Tuesday.", "set", "courthouse"),
    ("Demonstrators smashed the windows of a government car in Dhaka.", "smashed", "car"),
    ("Hackers broke into the bank's computer network last month.", "broke", "bank"),
    ("The windscreen of an ambulance was shattered by stones.", "shattered", "ambulance"),
    ("Unknown attackers set the union's offices on fire overnight.", "set", "union"),
])
def test_the_owner_of_the_thing(spacy_nlp: Language, text: str, trigger: str,
                                owner: str) -> None:
    verb = _verb(spacy_nlp, text, trigger)
    got = [t.text for t in owners_of_things(verb)]
    assert owner in got, (got, [(t.text, t.dep_, t.head.text) for t in verb.subtree])
    role_cands = verb_roles.verb_role_candidates(verb)[1]
    assert owner in [t.text for t in role_cands]


@pytest.mark.parametrize("text,trigger", [
    # a place or a time as the possessor
    ("Insurgents set fire to Kandahar's main gate on Sunday.", "set"),
    ("Gunmen smashed last year's memorial windows in Jos.", "smashed"),
    # a body part: the harm rules read the person
    ("A soldier broke the protester's arm with a baton.", "broke"),
    # the actor's own things: verbs that are not a taking or a damage
    ("Soldiers fired their rifles into the air.", "fired"),
    ("The militia handed over its weapons to the monitors.", "handed"),
    ("The party set up its offices in the capital.", "set"),
    # a thing that is neither goods nor a part
    ("The president took the minister's advice and resigned.", "took"),
    ("Police seized the gang's territory in a raid.", "seized"),
])
def test_near_misses(spacy_nlp: Language, text: str, trigger: str) -> None:
    verb = _verb(spacy_nlp, text, trigger)
    assert owners_of_things(verb) == [], [(t.text, t.dep_, t.ent_type_) for t in verb.subtree]


@pytest.mark.parametrize("text,trigger,owner,sector", [
    ("The escaped convict overpowered a deputy in Texas and took the deputy's pistol.",
     "took", "deputy", "COP"),
    ("Protesters smashed the windows of a police van on Saturday.", "smashed",
     "police van", "COP"),
    ("Bandits in Zamfara ambushed a patrol and seized the soldiers' rifles.", "seized",
     "soldiers", "MIL"),
])
def test_an_unnamed_owner_is_the_recipient(event_rules_pipe: Pipeline, text: str,
                                           trigger: str, owner: str, sector: str) -> None:
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and owner in ev.recipient.text, ev.recipient
    assert sector in ev.recipient.sectors, ev.recipient


def test_an_owner_of_no_known_kind_makes_no_mention(spacy_nlp: Language) -> None:
    """"the dinghy's engine": the dinghy names no sector (owner_party None)."""
    from eventwire.stages.events.owned_things import owner_party

    doc = spacy_nlp("The patrol boat cut the dinghy's engine and towed it south.")
    dinghy = next(t for t in doc if t.text == "dinghy")
    assert owner_party(doc, dinghy) is None
