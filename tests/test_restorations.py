"""What the events component gives back after the learned filter
(``eventwire/stages/events/restorations.py``): standby denials whose
complement kept no event, and negated future acts' own types."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.models import Span as TextSpan
from eventwire.stages.events.intent import NEGATED_RULE
from eventwire.stages.events.restorations import restore_denials, restore_negated


def _event(doc: Doc, tok: Token, kind: str, rule: str = "curated-verb") -> EventMention:
    return EventMention(trigger=TextSpan(tok.text, tok.idx, tok.idx + len(tok.text)), type=kind,
                        sentence=TextSpan(doc.text, 0, len(doc.text)), rules=[rule])


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,act", [
    ("The port authority denied that the crew had smuggled the fuel.", "smuggled"),
    ("The colonel denied that his unit had looted the depot.", "looted"),
    ("The league denies that its referees were bribed by the club.", "bribed"),
])
def test_a_standby_denial_comes_back_only_when_its_act_is_gone(spacy_nlp: Language, text: str,
                                                               act: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.lemma_ == "deny")
    denial = _event(doc, verb, "REJECT")
    kept = [_event(doc, _word(doc, act), "ASSAULT")]
    assert restore_denials(kept, [(verb, denial)]) == kept
    assert restore_denials([], [(verb, denial)]) == [denial]


@pytest.mark.parametrize("text", [
    "The port authority denied that the crew had smuggled the fuel.",
    "The colonel denied that his unit had looted the depot.",
    "The league denies that its referees were bribed by the club.",
])
def test_a_standby_denial_faces_the_filter(spacy_nlp: Language, text: str) -> None:
    """review78: a denial given back is a REJECT on "deny" like "denied the
    allegations", which the learned filter judges: it judges this one too."""
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.lemma_ == "deny")
    denial = _event(doc, verb, "REJECT")
    assert restore_denials([], [(verb, denial)], lambda back: []) == []
    assert restore_denials([], [(verb, denial)], lambda back: back) == [denial]


@pytest.mark.parametrize("text", [
    "The port authority never denied that the crew had smuggled the fuel.",
    "The colonel did not deny that his unit had looted the depot.",
    "The league has not denied that its referees were bribed by the club.",
])
def test_a_negated_standby_denial_stays_out(spacy_nlp: Language, text: str) -> None:
    doc = spacy_nlp(text)
    verb = next(t for t in doc if t.lemma_ == "deny")
    assert restore_denials([], [(verb, _event(doc, verb, "REJECT"))]) == []


@pytest.mark.parametrize("text,word,base", [
    ("The rebels will not negotiate with the junta.", "negotiate", "CONSULT"),
    ("The party would not endorse the candidate.", "endorse", "SUPPORT"),
    ("The strikers will not cede the square.", "cede", "CONCEDE"),
])
def test_a_negated_future_act_takes_its_type_back(spacy_nlp: Language, text: str, word: str,
                                                  base: str) -> None:
    doc = spacy_nlp(text)
    event = _event(doc, _word(doc, word), "REJECT", f"curated-verb+{NEGATED_RULE}{base}")
    restore_negated([event])
    assert event.type == base and event.mode is None
