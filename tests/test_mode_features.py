"""The parse context of the mode ranker's candidates
(``eventwire/stages/events/mode_features.context_features``) and the features
recorded where the mode is decided at run time (``ModeDecider`` with
``record_mode_features``), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.mode_features import NULL, context_features
from eventwire.stages.events.mode_model import recorded_mode_features


@pytest.fixture(scope="module")
def recording() -> Pipeline:
    return Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config={"eventwire_events": {"record_mode_features": True}})


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    assert doc is not None
    return doc


def _context(pipe: Pipeline, text: str, word: str) -> list[str]:
    doc = _doc(pipe, text)
    tok = next(t for t in doc if t.text == word)
    return context_features(doc[tok.i:tok.i + 1])


@pytest.mark.parametrize("text,word,feature", [
    # the verb that governs a noun trigger
    ("Separatists launched an assault on the airport at dawn.", "assault", "gov:launch"),
    ("The ministry condemned the bombing of the clinic.", "bombing", "gov:condemn"),
    ("Villagers described the raid in detail to reporters.", "raid", "gov:describe"),
    # negation and modality of the trigger
    ("The coastguard did not detain the fishermen.", "detain", "neg"),
    ("Officials said the militia might attack the depot again.", "attack", "modal"),
    ("Mediators warned that the army could shell the valley.", "shell", "modal"),
    # a prepositional phrase and its head
    ("Police dispersed the crowd with water cannon.", "dispersed", "prep:with:cannon"),
])
def test_context_features_read_the_parse(recording: Pipeline, text: str, word: str,
                                         feature: str) -> None:
    assert feature in _context(recording, text, word)


def test_first_sentence_is_marked(recording: Pipeline) -> None:
    text = "Rebels shell border town\n\nArtillery hit the town again on Monday."
    doc = _doc(recording, text)
    first = next(t for t in doc if t.text == "shell")
    later = next(t for t in doc if t.text == "hit")
    assert "first_sentence" in context_features(doc[first.i:first.i + 1])
    assert "first_sentence" not in context_features(doc[later.i:later.i + 1])


@pytest.mark.parametrize("text,word,mode", [
    ("Gunmen opened fire on a bus near the border crossing.", "opened", "firearms"),
    ("Jets bombed a bridge north of the provincial capital.", "bombed", "aerial"),
    ("Police arrested four students outside the library.", "arrested", "arrest"),
])
def test_recorded_features_carry_the_rules_mode(recording: Pipeline, text: str, word: str,
                                                mode: str) -> None:
    doc = _doc(recording, text)
    start = text.index(word)
    found = [(e, rule, cands) for e, rule, cands in recorded_mode_features(doc)
             if e.trigger.start <= start < e.trigger.end]
    assert found, [(e.trigger.text, e.type) for e in doc._.events]
    event, rule, cands = found[0]
    assert rule == event.mode == mode
    assert "rule" in cands[mode] and "rule|cascade" in cands[mode]
    assert "rule" not in cands[NULL]


def test_nothing_is_recorded_by_default() -> None:
    pipe = Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"))
    doc = _doc(pipe, "Troops shelled the village with mortars.")
    assert recorded_mode_features(doc) == []
