"""The learned dateline decision (``geo/dateline_model.py``, dateline32).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import EventwireError
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.dateline_model import (
    MAX_PARAGRAPHS,
    DatelineModel,
    EventView,
    country_class,
    feature_names,
    load_dateline_model,
    nearness,
    sector_of,
)


def _view(**kw: Any) -> EventView:
    base: dict[str, Any] = dict(
        type="COERCE", modality="asserted", dated=True, granularity="day", background=False,
        actor="local", sector="COP", recipient="none", here="none", previous="near",
        paragraphs=MAX_PARAGRAPHS + 3, rule=True, precision="city")
    base.update(kw)
    return EventView(**base)


def test_country_classes() -> None:
    assert country_class(None, False, "KEN") == "none"
    assert country_class(None, True, "KEN") == "nocountry"
    assert country_class("KEN", True, "KEN") == "local"
    assert country_class("UGA", True, "KEN") == "foreign"


def test_sector_takes_the_first_in_order() -> None:
    assert sector_of(["CVL", "GOV"]) == "GOV"
    assert sector_of(["BUS"]) == "other"


def test_nearness_to_the_dateline() -> None:
    nairobi = (-1.29, 36.82)
    assert nearness([], nairobi) == "none"
    assert nearness([(-1.0, 36.9)], nairobi) == "near"  # within 161 km
    assert nearness([(-1.0, 36.9), (-4.05, 39.67)], nairobi) == "far"  # Mombasa


def test_features_cap_the_paragraphs_and_mark_verbal_types() -> None:
    feats = feature_names(_view(type="ACCUSE"))
    assert f"para={MAX_PARAGRAPHS}" in feats and "verbal=True" in feats and "rule=True" in feats


def test_the_model_places_at_its_threshold() -> None:
    model = DatelineModel({"actor=local": 2.0, "actor=foreign": -2.0}, bias=0.0, threshold=0.5)
    assert model.places(feature_names(_view()))
    assert not model.places(feature_names(_view(actor="foreign")))


@pytest.mark.parametrize("content", [
    None,  # missing
    "{\"weights\": {\"actor=local\": 1.0",  # truncated JSON
    "{\"bias\": 0.1}",  # no weights
    "{\"weights\": {\"actor=local\": \"high\"}, \"bias\": 0.0}",  # a weight not a number
])
def test_missing_or_corrupt_weights_are_a_coded_error(tmp_path: Path,
                                                       content: str | None) -> None:
    path = tmp_path / "dateline_place.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EventwireError) as err:
        load_dateline_model(path)
    assert err.value.code == "EW211"


def test_shipped_weights_load() -> None:
    model = load_dateline_model()
    assert model is not None and 0.0 < model.threshold < 1.0 and model.weights


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


def places(pipe: Pipeline, text: str) -> dict[str, Any]:
    art = Article(text=text, id="t", published=date(2023, 6, 9), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return {e.mention.trigger.text: e.mention.place for e in events}


@pytest.mark.parametrize("text,trigger", [
    # a local act of the report's days: done where the copy was filed
    ("Headline here\nACCRA, June 9 (Reuters) - Ghanaian police arrested 30 traders on "
     "Thursday after a market protest.", "arrested"),
    ("Headline here\nLIMA, June 9 (AP) -- Peru's congress dismissed the interior minister on "
     "Thursday.", "dismissed"),
    ("Headline here\nMANILA: Philippine police raided a warehouse on Thursday and seized "
     "weapons.", "raided"),
])
def test_a_local_act_of_the_day_takes_the_dateline(pipe: Pipeline, text: str,
                                                   trigger: str) -> None:
    got = places(pipe, text)[trigger]
    assert got is not None and got.basis == "dateline"


@pytest.mark.parametrize("text,trigger", [
    # a plan, a hypothesis, an undated remark: no act of the day there
    ("Headline here\nACCRA, June 9 (Reuters) - The government will hold talks with the unions "
     "next month.", "talks"),
    ("Headline here\nLIMA (AP) -- Opposition leaders have long accused the president of "
     "corruption.", "accused"),
    ("Headline here\nMANILA: The senate could sanction the mining firms if they ignore the "
     "order.", "sanction"),
])
def test_no_act_of_the_day_keeps_no_dateline(pipe: Pipeline, text: str, trigger: str) -> None:
    got = places(pipe, text).get(trigger)
    assert got is None or got.basis != "dateline"


@pytest.mark.parametrize("text,trigger", [
    # a plan of a local body for a named day: not yet done there (review61);
    # the model alone gave these the dateline
    ("Envoy row\nLIMA (Reuters) - Peru's congress will censure the Bolivian ambassador on "
     "Thursday.", "censure"),
    ("Judges act\nMANILA (AFP) - The Philippine supreme court will sentence the former mayor "
     "on Friday.", "sentence"),
    ("Sanctions next\nSEOUL (Reuters) - South Korea's parliament will sanction three Russian "
     "banks on Tuesday.", "sanction"),
    # another stage put the dateline there; the plan loses it
    ("March planned\nNAIROBI (Reuters) - Kenyan opposition lawmakers will march to the "
     "electoral commission on Monday.", "march"),
    ("Opposition plans rally\nACCRA (AP) - Ghana's opposition party will protest outside "
     "parliament on Wednesday.", "protest"),
])
def test_a_plan_never_takes_the_dateline(pipe: Pipeline, text: str, trigger: str) -> None:
    got = places(pipe, text).get(trigger)
    assert got is None or got.basis != "dateline"


def test_the_placer_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """``dateline_model = rules`` never reads the weights (the training rows'
    run, review61); another value is EW211."""
    from eventwire.stages.geo import component

    def broken() -> DatelineModel:
        raise AssertionError("weights read")

    monkeypatch.setattr(component, "load_dateline_model", broken)
    assert component.EventPlacer(None, dateline_model="rules").dateline_model is None
    with pytest.raises(EventwireError) as err:
        component.EventPlacer(None, dateline_model="sometimes")
    assert err.value.code == "EW211"
