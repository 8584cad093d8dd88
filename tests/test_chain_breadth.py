"""tools/chain_breadth.py: modality and speaker-chain error classes for the
breadth census (modality33). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tools.chain_breadth import chain_errors, cue_class, modality_class, speaker_class
from tools.event_error_classes import token_at


@pytest.fixture(scope="module")
def nlp(spacy_nlp: Language) -> Language:
    return spacy_nlp


def _cue(nlp: Language, text: str, word: str) -> str:
    doc = nlp(text)
    start = text.index(word)
    return cue_class(token_at(doc, start, start + len(word)))


@pytest.mark.parametrize(("text", "word", "cue"), [
    ("The ministry denied that its troops burned the granary.", "burned", "denial verb"),
    ("The rebels did not attack the convoy on Friday.", "attack", "negation"),
    ("Farmers will block the motorway if the tariff passes.", "block", "conditional if"),
    ("If the talks fail, the union may strike again.", "fail", "conditional if"),
    ("The navy could seize the tanker within hours.", "seize", "modal verb"),
    ("The council will vote on the budget next week.", "vote", "future will"),
    ("A spokeswoman said the police arrested four men.", "arrested", "report verb"),
    ("The mayor opened the new bridge on Sunday.", "opened", "none"),
])
def test_cue_class_reads_the_cue_over_the_trigger(nlp: Language, text: str, word: str,
                                                  cue: str) -> None:
    assert _cue(nlp, text, word) == cue


def test_cue_class_of_no_token_is_none() -> None:
    assert cue_class(None) == "none"


def _span(text: str, word: str) -> dict[str, Any]:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def test_modality_class_is_the_confusion_with_its_cue() -> None:
    g, p = {"modality": "reported"}, {"modality": "asserted"}
    assert modality_class(g, p, "report verb") == "reported -> asserted / report verb"
    assert modality_class(g, dict(g), "none") is None


def test_speaker_class_kinds() -> None:
    text = "Officials told Radio Kala that gunmen looted the depot, the Daily Star reported."
    who, radio = _span(text, "Officials"), _span(text, "Radio Kala")
    star = _span(text, "the Daily Star")
    assert speaker_class({"speaker": who}, {"speaker": None}) == "speaker missed"
    assert speaker_class({"speaker": None}, {"speaker": who}) == "speaker spurious"
    assert speaker_class({"speaker": who}, {"speaker": radio}) == "speaker wrong"
    assert speaker_class({"speaker": who, "relays": [radio]},
                         {"speaker": who, "relays": []}) == "relay missed"
    assert speaker_class({"speaker": who, "relays": []},
                         {"speaker": who, "relays": [radio]}) == "relay spurious"
    assert speaker_class({"speaker": who, "relays": [radio]},
                         {"speaker": who, "relays": [star]}) == "relay wrong"
    assert speaker_class({"speaker": who, "relays": [star]}, {"speaker": who, "relays": []},
                         outlet="The Daily Star") == "outlet wrong"
    assert speaker_class({"speaker": who, "relays": [radio]},
                         {"speaker": who, "relays": [radio]}) is None


def test_chain_errors_on_matched_events(nlp: Language) -> None:
    text = "A spokesman said the army shelled the port. Gunmen did not burn the school."
    shelled, burn = _span(text, "shelled"), _span(text, "burn")
    who = _span(text, "A spokesman")
    gold = [{"trigger": shelled, "type": "ASSAULT", "speaker": who, "relays": [],
             "modality": "reported"},
            {"trigger": burn, "type": "ASSAULT", "speaker": None, "relays": [],
             "modality": "negated"}]
    pred = [{**gold[0], "speaker": None, "modality": "asserted"}, dict(gold[1])]
    found = list(chain_errors({"text": text, "events": gold}, pred, nlp(text)))
    key = f"{shelled['start']}-{shelled['end']}"
    assert ("modality", "reported -> asserted / report verb", key) in found
    assert ("speaker_chain", "speaker missed / report verb", key) in found
    assert len(found) == 2
