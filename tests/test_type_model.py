"""The learned type chooser (eventwire/stages/events/type_model.py): scoring
with the margin, the setting, the confusion table, training, and the
recording of its inputs by the events component."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.errors import EventwireError
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.type_model import (
    TypeRanker,
    confusion_table,
    recorded_type_info,
    train,
    type_ranker,
)


def test_the_rules_type_stands_unless_beaten_by_the_margin() -> None:
    ranker = TypeRanker({"lex_obj": 1.5, "rule": 1.0}, 0.0, margin=1.0)
    assert ranker.decide({"AID": ["rule"], "AGREE": ["lex_obj"]}, "AID") == "AID"
    ranker.margin = 0.25
    assert ranker.decide({"AID": ["rule"], "AGREE": ["lex_obj"]}, "AID") == "AGREE"
    assert ranker.decide({"AID": ["rule", "lex_obj"], "AGREE": []}, "AID") == "AID"
    # a tie keeps the rules' type
    assert ranker.decide({"AID": ["lex_obj"], "AGREE": ["lex_obj"]}, "AID") == "AID"


def test_setting_rules_and_unknown() -> None:
    assert type_ranker("rules") is None
    with pytest.raises(EventwireError) as err:
        type_ranker("neural")
    assert err.value.error.code == "EW210"
    shipped = type_ranker("learned")  # the weights ship, the setting is off
    assert shipped is not None and shipped.weights and shipped.confusions


def _info(kind: str, lemma: str, lex_obj: str = "") -> dict[str, str]:
    return {"type": kind, "base": "cameo-verb", "step": "-", "lemma": lemma, "pos": "VERB",
            "dep": "ROOT", "obj": "-", "gov": "-", "lex_verb": kind, "lex_noun": "",
            "lex_pattern": "", "lex_obj": lex_obj, "lex_gov": ""}


def test_confusion_table_keeps_the_frequent_gold_types() -> None:
    rows = [{"info": _info("AID", "give"), "gold": "AGREE"}] * 4 + \
        [{"info": _info("AID", "give"), "gold": "SUPPORT"}] * 2 + \
        [{"info": _info("AID", "give"), "gold": "AID"}] * 9
    assert confusion_table(rows) == {"AID": ["AGREE"]}


def test_training_learns_that_the_object_noun_wins() -> None:
    rows: list[dict[str, Any]] = (
        [{"info": _info("AID", "give", "AGREE"), "gold": "AGREE"}] * 6 +
        [{"info": _info("AID", "give"), "gold": "AID"}] * 6 +
        [{"info": _info("ASSAULT", "hit", "COERCE"), "gold": "COERCE"}] * 6)
    ranker = train(rows, c=10.0)
    from eventwire.stages.events.type_features import candidates

    assert ranker.decide(candidates(_info("AID", "offer", "AGREE"), ranker.confusions),
                         "AID") == "AGREE"
    assert ranker.decide(candidates(_info("AID", "offer"), ranker.confusions), "AID") == "AID"


@pytest.fixture(scope="module")
def recording() -> Pipeline:
    return Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config={"eventwire_events": {"record_type_features": True}})


@pytest.mark.parametrize("text, word, kind", [
    ("Militants shelled the northern suburbs overnight.", "shelled", "ASSAULT"),
    ("The finance minister met her Italian counterpart in Rome on Tuesday.", "met",
     "CONSULT"),
    ("Dockworkers marched through the harbour district demanding higher pay.", "marched",
     "PROTEST"),
])
def test_the_component_records_what_the_chooser_reads(recording: Pipeline, text: str,
                                                      word: str, kind: str) -> None:
    article = Article(id="t", text=text, published=date(2026, 1, 5))
    doc = recording.nlp(article.text)
    infos = recorded_type_info(doc)
    start = text.index(word)
    assert infos[start]["type"] == kind and infos[start]["lemma"] == doc.char_span(
        start, start + len(word)).lemma_.lower()  # type: ignore[union-attr]
