"""Class *"it" acted on stands for the thing the clause before named*
(eventwire/stages/events/thing_pronouns.py). Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.thing_pronouns import thing_it
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,country", [
    # a coordinated verb's object: the vessel detained, then escorted
    ("The Greek coast guard intercepted a Turkish cargo ship on Friday and escorted it "
     "to Piraeus.", "escorted", "TUR"),
    # "fired at it": the at-object of the act
    ("The Ukrainian navy located the Russian tanker near Odesa and fired at it.", "fired",
     "RUS"),
    # a purpose clause under a tried-to: the tanker of the clause above
    ("The frigate was shadowing an Iranian tanker after Omani boats tried to seize it.",
     "seize", "IRN"),
])
def test_it_takes_the_things_codes(event_pipe: Pipeline, text: str, trigger: str,
                                   country: str) -> None:
    """The recipient is the pronoun, coded as the thing it stands for."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == "it", ev.recipient
    assert ev.recipient.country == country


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))],
                                    keep_caches=True))
    return doc


def _it(doc: Doc):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == "it")


def test_before_capturing_it(event_pipe: Pipeline) -> None:
    """"before capturing it": up through the preposition to the town besieged."""
    doc = _doc(event_pipe, "American troops surrounded Baghdad for days before capturing it.")
    m = thing_it(doc, _it(doc), "ASSAULT", None)
    assert m is not None and m.text == "it" and m.country == "IRQ", m


@pytest.mark.parametrize("text,kind", [
    # a content clause: the speaker is no antecedent
    ("The ministry said gunmen attacked it on Sunday.", "ASSAULT"),
    # an event noun is no party
    ("Police broke up the rally and dispersed it with water cannon.", "COERCE"),
    # no force act: praise is not done to a thing by force
    ("The council discussed the Danish proposal and praised it.", "APPROVE"),
    # the subject of the act's clause is its actor, never its recipient
    ("The Chinese destroyer turned and fired at it.", "ASSAULT"),
])
def test_silent(event_pipe: Pipeline, text: str, kind: str) -> None:
    """Near-misses, checked on the rule itself (they fail if a guard goes)."""
    doc = _doc(event_pipe, text)
    its = [t for t in doc if t.lower_ == "it"]
    actor = ActorMention(start=4, end=21, text="Chinese destroyer", kind="agent",
                         country="CHN", sectors=["MIL"], confidence=1.0, rule="test") \
        if "destroyer" in text else None
    m = thing_it(doc, its[-1], kind, actor)
    assert m is None, m


def test_phrasal_place_is_no_antecedent(event_pipe: Pipeline) -> None:
    """"was sailing off Aden when gunmen fired at it": the parser's object
    of the phrasal verb is a place; the yacht is the candidate."""
    from eventwire.stages.events.thing_pronouns import _antecedents

    doc = _doc(event_pipe, "The yacht was sailing off Aden when gunmen fired at it.")
    fired = next(t for t in doc if t.text == "fired")
    assert [t.text for t in _antecedents(fired)] == ["yacht"]


@pytest.mark.parametrize("text", [
    # the nearest thing is a weapon, no party: the person farther up is not tried
    "Smith was in the courtroom when he grabbed a pistol from a guard and fired it twice.",
    # the nearest thing is an event: a vigil banned is no party
    "The square hosted a candlelit vigil for years until police banned it in 2021.",
])
def test_nearest_thing_no_party(event_pipe: Pipeline, text: str) -> None:
    """The nearest noun up the clauses decides; no farther one is tried."""
    doc = _doc(event_pipe, text)
    kind = "ASSAULT" if "fired" in text else "COERCE"
    assert thing_it(doc, _it(doc), kind, None) is None


def test_flagged_vessel_codes(full_rules_pipeline: Pipeline) -> None:
    """"a Chinese-flagged longliner ... escorted it": the resolver reads the
    longliner's words, not the pronoun's (``resolver_features._read_as``):
    the flag's business sector, as the longliner's own event has it."""
    ev = event_with_trigger(
        full_rules_pipeline, "Fiji's navy detained a Chinese-flagged longliner inside the "
        "zone on Monday and escorted it to Suva.", "escorted")
    assert ev.recipient is not None and ev.recipient.text == "it", ev.recipient
    assert ev.recipient.country == "CHN" and ev.recipient.sectors[0] == "BUS", ev.recipient
