"""Class of eventwire/stages/events/label_triggers.py: a characterisation
whose label is a noun phrase set against the object it labels is anchored
on the characterising noun (the labelling guide, "Criticism with an
adjective" and the Characterisations decisions of rec_u and rec_v). Every
sentence here was written for these tests; on main each ACCUSE sat on the
verb of calling."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.label_triggers import label_trigger
from tests.conftest import by_trigger


def _verb(doc, lemma: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ == "VERB")


@pytest.mark.parametrize("text,lemma,label", [
    ("The dockers' union called the sackings \"a purge of dissent\".", "call", "purge"),
    # a light noun gives way to its "of" object
    ("The Foreign Ministry called the seizure of the tanker an act of piracy.", "call",
     "piracy"),
    ("Opposition leaders described the curfew as a form of collective punishment.",
     "describe", "punishment"),
    ("Calling the arrests \"a witch hunt\", the party said it would appeal.", "call", "hunt"),
    ("The farmers' federation branded the new levy a robbery.", "brand", "robbery"),
])
def test_noun_label_is_the_trigger(spacy_nlp: Language, text: str, lemma: str,
                                   label: str) -> None:
    doc = spacy_nlp(text)
    found = label_trigger(_verb(doc, lemma))
    assert found is not None and found.text == label, found


@pytest.mark.parametrize("text,lemma", [
    # an adjective label leaves the verb
    ("The bishop called the ruling \"arbitrary\" and asked for calm.", "call"),
    # a free relative: the label is the governing verb's content
    ("The ministry rejected what it called a smear campaign by foreign media.", "call"),
    # an object relative: what is called lies outside the clause (rec_r's decision)
    ("The army closed the road, a move villagers called \"a siege\".", "call"),
    # calling that labels nothing
    ("The mayor called a meeting of the council for Friday.", "call"),
    ("The senators called for talks with the rebels.", "call"),
])
def test_near_misses_keep_the_verb(spacy_nlp: Language, text: str, lemma: str) -> None:
    assert label_trigger(_verb(spacy_nlp(text), lemma)) is None


def test_whole_stage_anchors_on_the_noun(event_pipe: Pipeline) -> None:
    events = by_trigger(event_pipe,
                        "The fishermen's cooperative called the blockade of the harbour "
                        "\"an act of sabotage\" on Sunday.")
    assert "called" not in events, events
    ev = events["sabotage"]
    # the labeller (the subject of "called"), as on the verb
    assert ev.type == "ACCUSE" and ev.actor is not None and ev.actor.end <= 26, ev.actor


def test_whole_stage_adjective_stays_on_the_verb(event_pipe: Pipeline) -> None:
    events = by_trigger(event_pipe,
                        "The fishermen's cooperative called the blockade \"illegal\" on Sunday.")
    assert "called" in events and events["called"].type == "ACCUSE", events


def test_no_label_event_for_a_name(event_pipe: Pipeline) -> None:
    events = by_trigger(event_pipe, "The president named him defence minister on Monday.")
    assert all(e.type != "ACCUSE" for e in events.values()), events


def test_object_relative_keeps_the_verb(spacy_nlp: Language) -> None:
    doc = spacy_nlp("The court jailed the editor after a trial that critics call a sham.")
    assert label_trigger(_verb(doc, "call")) is None


@pytest.mark.parametrize("text,label,mode", [
    ("\"This is a flagrant violation of our airspace,\" the defence minister said.",
     "violation", "disapprove"),
    ("\"It is a cowardly act of terrorism,\" the mayor told reporters on Friday.",
     "act of terrorism", "allege"),
    ("\"This is a shameful attack on the free press,\" the editor wrote on Sunday.",
     "attack", "disapprove"),
])
def test_quoted_this_is_a_label(event_pipe: Pipeline, text: str, label: str,
                                mode: str) -> None:
    events = by_trigger(event_pipe, text)
    ev = events[label]
    assert ev.type == "ACCUSE" and ev.mode == mode, ev
    assert ev.actor is not None, ev  # the sayer (label_speakers)


@pytest.mark.parametrize("text,word", [
    # names the act itself: no qualifying adjective, no abstract object
    ("\"This is an invasion,\" the governor told reporters.", "invasion"),
    # praise is no accusation
    ("\"It is a historic step for the region,\" the minister said.", "step"),
    # an unquoted paraphrase
    ("The minister said it was a serious provocation by the navy.", "provocation"),
    # a label that names no wrong
    ("\"This is a sad day for our city,\" the mayor said.", "day"),
    ("\"This is a very difficult question,\" the doctor said.", "question"),
    # a future clause is a threat, not a label
    ("\"It will be an act of aggression,\" the minister said.", "aggression"),
    # a noun subject, not a pointing pronoun
    ("\"The drills are a dangerous provocation,\" the spokesman said.", "provocation"),
])
def test_this_is_near_misses(event_pipe: Pipeline, text: str, word: str) -> None:
    events = by_trigger(event_pipe, text)
    assert not any(word in trig and ev.type == "ACCUSE" for trig, ev in events.items()), events
