"""The learned factuality model: scoring, consistency with modality, the
shipped weights on sentences written for these tests, and the switch."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.models import Factuality
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.factuality.component import FactualityTagger
from eventwire.stages.factuality.learned import (
    Head,
    consistent,
    load_model,
    mapping_features,
)
from tests.test_factuality import COMPONENTS, event


def test_head_is_a_softmax_over_weighted_features() -> None:
    head = Head(["a", "b"], {"x": [0.0, 2.0], "y": [1.0, 0.0]}, [0.0, 0.0])
    probs = head.probabilities({"x": 1.0})
    assert probs["b"] > 0.85 and abs(sum(probs.values()) - 1) < 1e-9
    assert head.predict({"y": 3.0}) == "a"
    assert head.predict({"unknown": 1.0}) in ("a", "b")
    assert Head.from_json(head.to_json()) == head


def test_mapping_features_keep_classes_not_lemmas() -> None:
    feats = {"lemma=storm": 1.0, "modal=possible": 1.0, "gov1=expect": 1.0, "r_cert=certain": 1.0,
             "neg": 1.0}
    mapped = mapping_features(feats, {"p_happened": 0.72, "p_unsure": 0.1})
    assert {"modal=possible", "r_cert=certain", "neg", "p_happened=3", "p_unsure=0"} <= set(mapped)
    assert "lemma=storm" not in mapped and "gov1=expect" not in mapped
    assert mapped["p_happened"] == 0.72
    assert "gov1=expect" in mapping_features(feats, {}, lexical=True)
    assert "r_cert=certain" not in mapping_features(feats, {}, stacked=False)


def test_prior_favours_the_rules_label() -> None:
    head = Head(["certain", "possible"], {"x": [0.5, 0.0]}, [0.0, 0.0], prior=2.0)
    assert head.predict({"x": 1.0}) == "certain"
    assert head.predict({"x": 1.0}, rule_label="possible") == "possible"


@pytest.mark.parametrize("rules,polarity,modality", [
    (Factuality("positive", "certain", "asserted"), "negative", "negated"),
    (Factuality("negative", "certain", "denied"), "negative", "denied"),
    (Factuality("negative", "certain", "negated"), "positive", "asserted"),
    (Factuality("positive", "possible", "threatened"), "positive", "threatened"),
])
def test_negative_polarity_and_negated_modality_agree(rules: Factuality, polarity: str,
                                                      modality: str) -> None:
    out = consistent(rules, "certain", polarity, in_quote=False)
    assert (out.polarity, out.modality) == (polarity, modality)


@pytest.fixture(scope="module")
def learned() -> Pipeline:
    return Pipeline(settings=Settings(factuality_model="learned"), components=COMPONENTS)


@pytest.mark.parametrize("text,trigger,certainty,polarity", [
    ("Border guards arrested eleven smugglers on Friday.", "arrested", "certain", "positive"),
    ("Police in the capital detained two reporters overnight.", "detained", "certain",
     "positive"),
    ("The navy did not attack the fishing boats.", "attack", "certain", "negative"),
    ("The militia never signed the truce.", "signed", "certain", "negative"),
    ("Insurgents may attack the convoy before it reaches the coast.", "attack", "possible",
     "positive"),
    ("The regional army could invade the enclave.", "invade", "possible", "positive"),
])
def test_shipped_model_on_clear_cases(learned: Pipeline, text: str, trigger: str,
                                      certainty: str, polarity: str) -> None:
    f = event(learned, text, trigger).factuality
    assert (f.certainty, f.polarity) == (certainty, polarity)
    assert (f.modality == "negated") is (polarity == "negative")


def test_shipped_model_loads_but_rules_are_the_default() -> None:
    """The learned model lost to the rules in leave-one-topic-out validation
    (docs/BENCHMARKS.md), so it ships switched off."""
    assert load_model() is not None
    assert Settings().factuality_model == "rules"
    assert FactualityTagger().model is None


def test_switch_to_learned_and_unknown_model() -> None:
    assert FactualityTagger("learned").model is load_model()
    with pytest.raises(EventwireError) as err:
        FactualityTagger("oracle")
    assert err.value.code == "EW209"


def test_hybrid_keeps_the_rules_cues_and_the_model_elsewhere() -> None:
    from eventwire.eval.factuality_models import hybrid

    assert hybrid(("possible", "positive"), ("certain", "negative")) == ("possible", "negative")
    assert hybrid(("certain", "positive"), ("probable", "positive")) == ("probable", "positive")
    assert hybrid((None, None), ("certain", "positive")) == ("certain", "positive")
