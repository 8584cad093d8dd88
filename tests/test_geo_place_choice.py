"""The learned event -> place decision's candidates and features
(``eventwire/stages/geo/place_choice.py``). Sentences written for these
tests, several per class."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.models import Article, EventMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.component import _focus
from eventwire.stages.geo.event_place import (
    dateline_match,
    dateline_place,
    place_for,
    sentence_places,
    trigger_token,
)
from eventwire.stages.geo.place_choice import (
    Candidate,
    candidates,
    choose,
    learned_place,
    load_weights,
    mark_rule_pick,
    previous_place,
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


def parsed(pipe: Pipeline, text: str, trigger: str) -> tuple[Doc, EventMention]:
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, events),) = list(pipe.extract([art]))
    assert doc is not None and isinstance(events, list)
    return doc, next(e.mention for e in events if e.mention.trigger.text == trigger)


def cands_of(doc: Doc, event: EventMention) -> list[Candidate]:
    places = get_list(doc, "place_mentions")
    m = dateline_match(doc)
    header = m.span() if m is not None else (0, 0)
    trigger = trigger_token(doc, event)
    assert trigger is not None
    out = candidates(doc, event, trigger, sentence_places(doc, event, places, header),
                     previous_place(places, event.sentence.start, header),
                     dateline_place(doc, places), header)
    mark_rule_pick(out, place_for(doc, event, places, _focus(places),
                                  dateline_place(doc, places), header))
    return out


@pytest.mark.parametrize("text,trigger,name,prep", [
    ("Police arrested 40 protesters in Nairobi on Tuesday.", "arrested", "Nairobi", "in"),
    ("Rebels attacked an army post near Goma overnight.", "attacked", "Goma", "near"),
    ("Soldiers opened fire at a checkpoint at Kandahar on Sunday.", "opened", "Kandahar",
     "at"),
])
def test_locative_toponym_is_a_trigger_candidate(pipe: Pipeline, text: str, trigger: str,
                                                 name: str, prep: str) -> None:
    """Class *locative of the trigger*: the toponym gets basis trigger, its
    preposition and the rules' pick."""
    doc, event = parsed(pipe, text, trigger)
    mention = next(c for c in cands_of(doc, event) if c.place and c.place.text == name)
    assert mention.kind == "mention" and mention.basis == "trigger"
    assert mention.features[f"m:prep={prep}"] == 1.0
    assert mention.features["rule_pick"] == 1.0


@pytest.mark.parametrize("text,trigger", [
    ("NAIROBI, May 9 (Reuters) - Kenyan police arrested 30 students on Tuesday.",
     "arrested"),
    ("LIMA, May 9 (Reuters) - Peruvian police detained a former minister on Monday.",
     "detained"),
    ("MANILA, May 9 (Reuters) - Philippine troops killed five rebels on Tuesday.",
     "killed"),
])
def test_dateline_candidate_describes_the_event(pipe: Pipeline, text: str,
                                                trigger: str) -> None:
    """Class *dateline against the event*: a body event with no venue of its
    own has a dateline candidate that knows the actor's country and the
    event's modality, and none first."""
    doc, event = parsed(pipe, text, trigger)
    cands = cands_of(doc, event)
    assert cands[0].kind == "none"
    dl = next(c for c in cands if c.kind == "dateline")
    assert "d:sentence_venue" not in dl.features
    assert any(k.startswith("d:mod=") for k in dl.features)
    assert any(k.startswith("d:actor=") for k in dl.features)


@pytest.mark.parametrize("text,trigger,prev", [
    ("Fighting broke out in Goma on Monday. Rebels later seized two villages.", "seized",
     "Goma"),
    ("Protests spread to Lagos on Friday. Police fired tear gas at the crowd.", "fired",
     "Lagos"),
    ("Heavy fighting was reported in Mosul overnight. Jets shelled the old city at dawn.",
     "shelled",
     "Mosul"),
])
def test_previous_sentence_place_is_a_candidate(pipe: Pipeline, text: str, trigger: str,
                                                prev: str) -> None:
    """Class *place from the previous sentence*: the last place the narrative
    named before the event's sentence is offered as a candidate."""
    doc, event = parsed(pipe, text, trigger)
    previous = [c for c in cands_of(doc, event) if c.kind == "previous"]
    assert previous and previous[0].place is not None and previous[0].place.text == prev


def test_choose_prefers_none_on_ties_and_best_score() -> None:
    none = Candidate("none", None, "")
    a = Candidate("dateline", None, "dateline", {"d:bias": 1.0})
    assert choose([none, a], {"d:bias": 0.0}) is none
    assert choose([none, a], {"d:bias": 0.5}) is a
    assert choose([none, a], {"d:bias": -0.5}) is none


@pytest.mark.parametrize("text,trigger", [
    ("Police arrested 40 protesters in Nairobi on Tuesday.", "arrested"),
    ("NAIROBI, May 9 (Reuters) - Kenyan police arrested 30 students on Tuesday.",
     "arrested"),
    ("Russia rejected the proposal on Monday.", "rejected"),
])
def test_learned_place_with_rule_pick_weight_is_the_rules(pipe: Pipeline, text: str,
                                                         trigger: str) -> None:
    """A model that trusts only the rules' pick reproduces the rules."""
    doc, event = parsed(pipe, text, trigger)
    places = get_list(doc, "place_mentions")
    m = dateline_match(doc)
    header = m.span() if m is not None else (0, 0)
    focus, dateline = _focus(places), dateline_place(doc, places)
    rule = place_for(doc, event, places, focus, dateline, header)
    got = learned_place(doc, event, places, {"rule_pick": 1.0}, focus, dateline, header)
    assert (got is None) == (rule is None)
    if got is not None and rule is not None:
        assert (got.start, got.basis) == (rule.start, rule.basis)


def test_no_shipped_weights_means_rules(tmp_path: Path) -> None:
    assert load_weights(str(tmp_path / "missing.json")) is None
