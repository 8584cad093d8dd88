"""The ranking of an event's candidate dates (eventwire/stages/time/date_ranking.py,
branch dates10). Toy models and candidate lists written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import eventwire.stages.time.date_ranking as ranking

PUB = "2021-06-01"
CANDS: dict[str, ranking.Candidate | None] = {
    "current": (None, "unknown"), "sentence": None, "clause": None,
    "timeline": ("2021-05-30", "day"), "lead": ("2021-05-30", "day"), "headline": None,
    "dateline": None, "publication": (PUB, "day"), "pub_prev": ("2021-05-31", "day"),
    "coarse": None, "unknown": (None, "unknown")}


def _model(weights: dict[str, float], margin: float = 0.0) -> dict[str, Any]:
    return {"weights": weights, "margin": margin, "bias": 0.0, "cross": None}


def test_values_group_candidates_naming_one_date() -> None:
    by = ranking.values(CANDS)
    assert by[("2021-05-30", "day")] == ["timeline", "lead"]
    assert by[(None, "unknown")] == ["current", "unknown"]
    assert ("2021-05-31", "day") in by and len(by) == 4


def test_agreement_of_candidates_is_a_feature() -> None:
    f = ranking.value_features({"tag=VBD": 1.0}, ("2021-05-30", "day"), ["timeline", "lead"],
                               PUB)
    assert f["n_src=2"] == 1.0 and f["src=lead"] == 1.0
    assert f["tag=VBD|timeline"] == 1.0 and f["rel=week"] == 1.0


def test_cross_prefixes_limit_the_crossed_features() -> None:
    f = ranking.value_features({"tag=VBD": 1.0, "paragraph<=1": 1.0}, (PUB, "day"),
                               ["publication"], PUB, ("tag=",))
    assert "tag=VBD|publication" in f and "paragraph<=1|publication" not in f


def test_relative_positions_against_publication() -> None:
    assert ranking.relative(PUB, PUB) == "pub"
    assert ranking.relative("2021-05-31", PUB) == "day_before"
    assert ranking.relative("2021-03-02", PUB) == "older"
    assert ranking.relative("2021-06-09", PUB) == "future"
    assert ranking.relative("2021-05", PUB) == "coarse"
    assert ranking.relative(None, PUB) == "none"


def test_rules_date_kept_within_the_margin() -> None:
    model = _model({"n_src=2": 1.0}, margin=0.0)
    # current (unknown) and timeline/lead both have two proposers: tie -> first offered
    assert ranking.rank({}, CANDS, PUB, model) == (None, "unknown")
    model = _model({"src=lead": 1.5}, margin=1.0)
    assert ranking.rank({}, CANDS, PUB, model) == ("2021-05-30", "day")
    model = _model({"src=lead": 1.5}, margin=2.0)
    assert ranking.rank({}, CANDS, PUB, model) == (None, "unknown")


def test_crossed_event_feature_moves_the_choice() -> None:
    model = _model({"tag=VBD|pub_prev": 2.0}, margin=0.5)
    assert ranking.rank({"tag=VBD": 1.0}, CANDS, PUB, model) == ("2021-05-31", "day")
    assert ranking.rank({"tag=VBZ": 1.0}, CANDS, PUB, model) == (None, "unknown")


def test_rerank_events_replaces_the_rules_date_only_with_a_model(monkeypatch: Any) -> None:
    from eventwire.models import Article, EventMention, Factuality, Span, TimeValue
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_timex",))
    text = "Rebels shelled the port. The army answered on Friday."
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 6, 1))]))
    assert doc is not None
    tok = next(t for t in doc if t.text == "shelled")
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type="ASSAULT",
                         sentence=Span(tok.sent.text, tok.sent.start_char, tok.sent.end_char),
                         factuality=Factuality(modality="asserted"))
    event.time = TimeValue(anchor="unknown")
    monkeypatch.setattr(ranking, "load_model", lambda: None)
    ranking.rerank_events(doc, [event], [], lambda *a: False, lambda v: False)
    assert event.time.value is None
    monkeypatch.setattr(ranking, "load_model", lambda: _model({"src=pub_prev": 5.0}, 1.0))
    ranking.rerank_events(doc, [event], [], lambda *a: False, lambda v: v == "2021-05-31")
    assert (event.time.value, event.time.anchor, event.time.background) == \
        ("2021-05-31", "publication", True)


def test_recorders_see_the_features_the_ranker_scores(monkeypatch: Any) -> None:
    """refit_dp29: a training tool registered in ``RECORDERS`` receives each
    typed event's features and candidates where the ranker computes them,
    with the model off too (the rows of the rules' dates); an untyped event
    is not recorded and no date changes."""
    from eventwire.models import Article, EventMention, Factuality, Span, TimeValue
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_timex",))
    text = "Troops raided a village on Monday. Residents fled the next morning."
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 6, 1))]))
    assert doc is not None

    def mention(word: str, kind: str) -> EventMention:
        tok = next(t for t in doc if t.text == word)
        ev = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), type=kind,
                          sentence=Span(tok.sent.text, tok.sent.start_char,
                                        tok.sent.end_char),
                          factuality=Factuality(modality="asserted"))
        ev.time = TimeValue(anchor="unknown")
        return ev

    typed, untyped = mention("raided", "ASSAULT"), mention("fled", "EVENT")
    seen: list[tuple[EventMention, dict[str, float], dict[str, Any]]] = []
    monkeypatch.setattr(ranking, "load_model", lambda: None)
    monkeypatch.setattr(ranking, "RECORDERS", [lambda e, f, c: seen.append((e, f, c))])
    ranking.rerank_events(doc, [typed, untyped], [], lambda *a: False, lambda v: False)
    assert [e for e, _, _ in seen] == [typed]
    assert seen[0][1] and seen[0][2]["current"] == (None, "unknown")
    assert typed.time.value is None


def test_shipped_ranker_loads_with_its_margin_and_weights() -> None:
    """dates11 ships the ranker (eventwire/data/time/date_ranker.json): the
    pipeline reads it at load time; a missing or empty file would silently
    leave the rules' dates."""
    ranking.load_model.cache_clear()
    model = ranking.load_model()
    assert model is not None and model["weights"] and float(model["margin"]) >= 0.0
    assert ranking.MODEL_PATH.stat().st_size < 300_000


def test_anchor_events_reranks_only_under_the_learned_policy(monkeypatch: Any) -> None:
    """anchoring.anchor_events hands its events to rerank_events under
    ``undated="learned"`` (the default), never under ``unknown`` or with
    ``rerank=False``."""
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.time import anchoring

    pipe = Pipeline(components=("eventwire_timex",))
    text = "Rebels shelled the port. The army answered on Friday."
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 6, 1))]))
    assert doc is not None
    calls: list[int] = []
    monkeypatch.setattr(anchoring, "rerank_events", lambda d, evs, *a: calls.append(len(evs)))
    anchoring.anchor_events(doc, "unknown")
    anchoring.anchor_events(doc, "learned", rerank=False)
    assert calls == []
    anchoring.anchor_events(doc, "learned")
    assert calls == [len(doc._.events or [])]


@pytest.mark.parametrize("text, expected", [
    # rule 2: undated material acts right after the dated act of the episode
    ("Fighting broke out on April 12. Soldiers stormed the rebel headquarters.",
     {"stormed": "2021-04-12"}),
    ("Thousands marched in the capital on Sunday. Police fired tear gas and detained "
     "dozens of protesters.", {"fired": "2021-04-11", "detained": "2021-04-11"}),
    # rule 1: a third party's undated reaction after it stays undated
    ("Gunmen attacked a police post on Monday. The governor condemned the attack.",
     {"attacked": "2021-04-12", "condemned": None}),
])
def test_shipped_ranker_keeps_the_episode_and_leaves_reactions(
        text: str, expected: dict[str, str | None]) -> None:
    """The shipped weights through the whole pipeline (branch dates12): the
    continuation of a dated act keeps its date (dates11 moved "stormed" to
    unknown on such text), a reaction after it stays undated (published
    Wednesday 2021-04-14). Sentences written for this test."""
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    pipe = _full_pipeline(Pipeline, Settings)
    ((_, _, events),) = list(pipe.extract([Article(text=text, published=date(2021, 4, 14))]))
    got = {e.mention.trigger.text: e.mention.time.value for e in events}
    assert {k: got.get(k, "missing") for k in expected} == expected


_PIPES: list[Any] = []


def _full_pipeline(pipeline: Any, settings: Any) -> Any:
    """One full pipeline for the module (loading it takes seconds)."""
    if not _PIPES:
        _PIPES.append(pipeline(settings(progress=False, heideltime=False)))
    return _PIPES[0]
