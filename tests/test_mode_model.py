"""The learned mode ranker (eventwire/stages/events/mode_model.py) and its
candidate features (mode_features.py): scoring, the setting, the article
features, training, and the shipped ranker on sentences written for these
tests (several per class)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import EventwireError
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.mode_features import NULL, add_article_features
from eventwire.stages.events.mode_model import ModeRanker, mode_ranker, train


def test_best_is_the_highest_score_and_null_is_none() -> None:
    ranker = ModeRanker({"cue_clause": 2.0, "is_null": 1.0}, 0.0)
    assert ranker.best({"aerial": ["cue_clause"], NULL: ["is_null"]}) == "aerial"
    assert ranker.best({"aerial": [], NULL: ["is_null"]}) is None
    assert ranker.best({"aerial": ["is_null"], NULL: ["is_null"]}) is None  # tie: null
    assert ranker.best({}) is None


def test_the_rules_mode_stands_unless_beaten_by_the_margin() -> None:
    ranker = ModeRanker({"cue_clause": 1.5, "rule": 1.0, "is_null": 0.2}, 0.0, margin=1.0)
    # the clause cue beats the rules' choice by 0.5 only: the rules stand
    assert ranker.decide({"aerial": ["cue_clause"], "firearms": ["rule"], NULL: []},
                         "firearms") == "firearms"
    # by 1.5: the ranker's choice
    assert ranker.decide({"aerial": ["cue_clause"], "firearms": ["rule"], NULL: ["is_null"]},
                         None) == "aerial"
    # the rules' mode is the best anyway
    assert ranker.decide({"aerial": ["rule", "cue_clause"], NULL: ["is_null"]},
                         "aerial") == "aerial"
    # a rules' mode that is no candidate (another type's mode): the ranker's
    assert ranker.decide({"aerial": ["cue_clause"], NULL: ["is_null"]}, "arrest") == "aerial"


def _decide_scoring_again(ranker: ModeRanker, cands: dict[str, list[str]],
                          rule: str | None) -> str | None:
    """The decision as written before speed44: every candidate scored for
    the best, the winner's and the rules' sums added up again."""
    top = max(cands, key=lambda m: (ranker.score(cands[m]), m == NULL)) if cands else None
    top = None if top == NULL else top
    rule_feats = cands.get(rule or NULL)
    if top == rule or rule_feats is None:
        return top
    gap = ranker.score(cands[top or NULL]) - ranker.score(rule_feats)
    return top if gap > ranker.margin else rule


def test_scoring_once_decides_as_scoring_again() -> None:
    """The shipped ranker on 3,000 seeded candidate sets of its own feature
    names (ties included: candidates with equal or no features): every
    decision and every score equal to the re-scoring version's."""
    import random

    shipped = mode_ranker("learned")
    assert shipped is not None
    for margin in (0.0, shipped.margin, 0.5):
        ranker = ModeRanker(shipped.weights, shipped.bias, margin)
        rng = random.Random(44)
        names = sorted(ranker.weights) + ["unseen"]
        for _ in range(1000):
            modes = rng.sample(["aerial", "firearms", "arrest", "demo", NULL], rng.randint(0, 5))
            shared = rng.sample(names, rng.randint(0, 3))
            cands = {m: shared if rng.random() < 0.3 else rng.sample(names, rng.randint(0, 8))
                     for m in modes}
            rule = rng.choice([None, "aerial", "firearms", "riot", *modes])
            assert ranker.decide(cands, rule) == _decide_scoring_again(ranker, cands, rule)
            assert ranker.scores(cands) == {m: ranker.score(f) for m, f in cands.items()}


def test_setting_rules_unknown_and_shipped() -> None:
    assert mode_ranker("rules") is None
    with pytest.raises(EventwireError) as err:
        mode_ranker("neural")
    assert err.value.error.code == "EW208"
    shipped = mode_ranker("learned")
    assert shipped is not None and shipped.weights


def test_article_features_mark_the_previous_same_type_mode() -> None:
    first = {"drone": ["x"], NULL: ["n"]}
    again = {"drone": ["x"], "aerial": ["y"], NULL: ["n"]}
    other = {"arrest": ["z"], NULL: ["n"]}
    add_article_features([("ASSAULT", "drone", False, first), ("COERCE", None, False, other),
                          ("ASSAULT", None, True, again)])
    assert "art_prev|again" in again["drone"] and "art_prev|again" not in again["aerial"]
    assert "null_art_none" in other[NULL]  # no other COERCE event has a mode
    assert "art_any" not in first["drone"]  # its own mode is not evidence


def test_training_learns_that_a_cue_in_the_clause_wins() -> None:
    rows = [{"kind": "ASSAULT", "gold_type": "ASSAULT", "gold": "aerial",
             "cands": {"aerial": ["cue_clause"], "firearms": [], NULL: ["is_null"]}},
            {"kind": "ASSAULT", "gold_type": "ASSAULT", "gold": "firearms",
             "cands": {"aerial": [], "firearms": ["cue_clause"], NULL: ["is_null"]}},
            {"kind": "ASSAULT", "gold_type": "ASSAULT", "gold": None,
             "cands": {"aerial": [], "firearms": [], NULL: ["is_null"]}}] * 5
    ranker = train(rows, c=10.0)
    assert ranker.best({"aerial": [], "firearms": ["cue_clause"], NULL: ["is_null"]}) == \
        "firearms"
    assert ranker.best({"aerial": [], "firearms": [], NULL: ["is_null"]}) is None


@pytest.fixture(scope="module")
def learned() -> Pipeline:
    return Pipeline(Settings(mode_model="learned"),
                    components=("eventwire_actors", "eventwire_events"))


@pytest.mark.parametrize("text,word,mode", [
    # the instrument in the event's own clause
    ("Fighter jets bombed a fuel depot outside the city.", "bombed", "aerial"),
    ("Gunmen opened fire on a minibus near the market.", "opened", "firearms"),
    ("Police fired tear gas at students outside the university.", "fired", "crowd-control"),
    ("Insurgents shelled the garrison with mortars overnight.", "shelled", "heavy-weapons"),
    # people taken are arrested; a coup has no mode
    ("Security forces arrested eleven activists at dawn.", "arrested", "arrest"),
    ("The army seized power in a coup on Tuesday.", "seized", None),
    # a protest names its form
    ("Dock workers went on strike over unpaid wages.", "strike", "strike"),
    ("Thousands marched through the capital to protest the new tax.", "marched", "demo"),
    # no instrument named: no mode
    ("Militants attacked an army post in the north on Friday.", "attacked", None),
])
def test_shipped_ranker_on_classes(learned: Pipeline, text: str, word: str,
                                   mode: str | None) -> None:
    ((_, doc, _),) = list(learned.docs([Article(text=text, published=date(2022, 3, 1))]))
    start = text.index(word)
    hits = [e for e in doc._.events if e.trigger.start <= start < e.trigger.end]
    assert hits, [(e.trigger.text, e.type) for e in doc._.events]
    assert hits[0].mode == mode, (hits[0].type, hits[0].mode)
