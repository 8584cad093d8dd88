"""Class of eventwire/stages/events/label_speakers.py: the one who labels an
act with a loaded word is the actor of the characterisation (the labelling
guide's Characterisations and its twenty-eighth-session decision). Every
sentence here was written for these tests; on main none of the labels had
an actor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import roles
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("The teachers' union called the dismissals \"a purge of dissent\".", "purge", "union"),
    ("The foreign ministry described the shelling as an act of aggression.", "act",
     "ministry"),
    ("Rights groups branded the verdict a travesty of justice.", "travesty", "groups"),
    ("\"This is a brutal assault on press freedom,\" the editor told reporters.", "assault",
     "editor"),
    ("The senator, who called the raid \"an outrage\", demanded an inquiry.", "outrage",
     "senator"),
])
def test_labeller_is_the_actor(spacy_nlp: Language, text: str, trigger: str,
                               actor: str) -> None:
    doc = spacy_nlp(text)
    noun = next(t for t in doc if t.text == trigger)
    doer, _ = roles.noun_roles(noun)
    assert doer is not None and doer.text == actor, (doer, actor)


@pytest.mark.parametrize("text,trigger,not_actor", [
    # the thing labelled is not the label
    ("The army called the attack a provocation.", "attack", "army"),
    ("The opposition described the arrests as a scandal.", "arrests", "opposition"),
    # a noun subject, not a pointing pronoun: the drills are the warning
    ("The ministry said the naval drills were a warning to the separatists.", "warning",
     "ministry"),
    # "it is" under a verb that is no speech verb
    ("The doctor believes it is an assault on the hospital staff.", "assault", "doctor"),
])
def test_near_misses(spacy_nlp: Language, text: str, trigger: str, not_actor: str) -> None:
    from eventwire.stages.events.label_speakers import labelling_verb, pointed_label_verb

    doc = spacy_nlp(text)
    noun = next(t for t in doc if t.text == trigger)
    assert labelling_verb(noun) is None and pointed_label_verb(noun) is None


def test_whole_stage_gives_the_label_its_speaker(event_pipe: Pipeline) -> None:
    events = by_trigger(event_pipe,
                        "\"This is an attack on the free press,\" the editor of the Daily "
                        "Courier said on Monday after police raided its offices.")
    ev = events["attack"]
    assert ev.actor is not None and "editor" in ev.actor.text


@pytest.mark.parametrize("text,trigger", [
    # a literal act named, not judged
    ("\"This is an invasion,\" the governor told reporters.", "invasion"),
    ("\"This was a kidnapping of Mayor Ruiz,\" the police chief said.", "kidnapping"),
    # "denounced X as Y": the verb is the ACCUSE, its label no second event
    ("The opposition denounced the takeover as a \"dynastic coup\".", "coup"),
    # a free relative names the act that happened
    ("The union condemned what it called an illegal seizure of the depot.", "seizure"),
])
def test_literal_acts_keep_their_doer(spacy_nlp: Language, text: str, trigger: str) -> None:
    from eventwire.stages.events.label_speakers import labelling_verb, pointed_label_verb

    doc = spacy_nlp(text)
    noun = next(t for t in doc if t.text == trigger)
    assert labelling_verb(noun) is None and pointed_label_verb(noun) is None


def test_whole_stage_a_literal_act_keeps_its_doer(event_pipe: Pipeline) -> None:
    """A person object is an actor mention only in the whole pipeline."""
    events = by_trigger(event_pipe,
                        "\"This was an assassination of a deputy,\" the county sheriff told "
                        "reporters on Saturday.")
    ev = events.get("assassination")
    assert ev is None or ev.actor is None or "sheriff" not in ev.actor.text
