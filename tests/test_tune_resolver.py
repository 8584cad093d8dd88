"""tools/tune_resolver.py: the feature sets and the one-part resolvers it
judges (actors14)."""

from __future__ import annotations

from typing import Any

from eventwire.models import ActorMention
from eventwire.stages.actors.resolver import KEEP
from eventwire.stages.actors.resolver_features import StoryContext
from tools.tune_resolver import Recipe, combined, rules_only, with_featset, without


def test_nolex_drops_the_head_lemma_plain_and_crossed_with_the_role() -> None:
    feats = {"lemma=police": 1.0, "actor|lemma=police": 1.0, "kb": 1.0, "actor|type=ASSAULT": 1.0}
    assert without(feats, ("lemma=",)) == {"kb": 1.0, "actor|type=ASSAULT": 1.0}
    assert without(feats, ("lemma=", "type=")) == {"kb": 1.0}
    assert without(feats, ()) is feats
    rows: list[dict[str, Any]] = [{"dump": {"f": dict(feats)}}, {"dump": None}]
    assert with_featset(rows, "nolex")[0]["dump"]["f"] == {"kb": 1.0, "actor|type=ASSAULT": 1.0}
    assert with_featset(rows, "nolex")[1]["dump"] is None


def test_rules_only_answers_as_the_rules_and_parts_combine() -> None:
    m = ActorMention(start=0, end=6, text="police", country="USA", sectors=[], rule="agent")
    base = rules_only()
    assert base.resolve(m, {"bias": 1.0}, StoryContext("IRQ", None)) is m
    country = base.__class__(country={"story&bias": 2.0}, country_bias=0.0,
                             sector={KEEP: {}}, sector_bias={KEEP: 0.0}, country_on=True,
                             sector_on=False)
    both = combined(country, base)
    assert both.country_on and not both.sector_on
    assert both.country_of(m, {"bias": 1.0}, StoryContext("IRQ", None)) == "IRQ"
    assert Recipe("sector", None).label() == "sector:off"
    assert Recipe("country", 0.1, 1.0, "nolex").label() == "country:C0.1/m1/nolex"
