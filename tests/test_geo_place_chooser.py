"""The learned event-place chooser (``eventwire/stages/geo/place_chooser.py``,
branch place11): its candidates, its margin over the rules, and that the
shipped weights keep the places the rules state plainly. Sentences written
for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.errors import EventwireError
from eventwire.models import Article, PlaceMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.component import place_context
from eventwire.stages.geo.event_place import place_for
from eventwire.stages.geo.place_chooser import (
    MODEL_PATH,
    Candidate,
    Chooser,
    _rule_is,
    candidates,
    dateline_barred,
    load_chooser,
    previous_event,
)
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


LIMA = PlaceMention(10, 14, "Lima", 1, "Lima", -12.0, -77.0, "PER", None, "city", 1.0,
                    basis="trigger")


def test_a_focus_place_is_the_none_candidate() -> None:
    focus = PlaceMention(0, 4, "Peru", 2, "Peru", -9.0, -75.0, "PER", None, "country", 1.0,
                         basis="focus")
    assert _rule_is(Candidate("none", None), focus)
    assert _rule_is(Candidate("none", None), None)
    assert not _rule_is(Candidate("none", None), LIMA)
    assert _rule_is(Candidate("trigger", LIMA), LIMA)
    assert not _rule_is(Candidate("prev_event", LIMA), LIMA)


def test_the_model_overrides_the_rules_only_by_its_margin() -> None:
    cands = [Candidate("none", None, ["kind=none", "any|rule=True"]),
             Candidate("trigger", LIMA, ["kind=trigger", "any|rule=False"])]
    weights = {"kind=trigger": 1.0, "any|rule=True": 0.4}
    assert Chooser(weights, margin=0.5).choose(cands, None) is cands[1]
    assert Chooser(weights, margin=0.7).choose(cands, None) is None  # 0.6 < 0.7
    assert Chooser({}, margin=0.0).choose(cands, None) is None  # a tie keeps the rules
    assert Chooser(weights).choose([], None) is None


def test_a_missing_or_broken_weights_file_is_ew211(tmp_path: Path) -> None:
    """The weights ship with eventwire: without them the install is broken,
    and the rules must not silently decide alone (review61)."""
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    for path in (tmp_path / "absent.json", broken):
        with pytest.raises(EventwireError) as err:
            load_chooser(path)
        assert err.value.code == "EW211"
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"weights": {"kind=none": -1.0}, "margin": 0.25}))
    got = load_chooser(path)
    assert got is not None and got.margin == 0.25 and got.weights == {"kind=none": -1.0}


def _doc(pipe: Pipeline, text: str) -> Doc:
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, _events),) = list(pipe.extract([art]))
    assert doc is not None
    return doc


def _candidates(pipe: Pipeline, text: str, trigger: str) -> list[Candidate]:
    doc = _doc(pipe, text)
    ctx = place_context(doc)
    events = get_list(doc, "events")
    rules = [place_for(doc, e, ctx.places, ctx.focus, ctx.dateline, ctx.header) for e in events]
    i = next(i for i, e in enumerate(events) if e.trigger.text == trigger)
    return candidates(doc, events[i], ctx, rules[i], previous_event(events, rules, i), None)


@pytest.mark.parametrize("text,trigger,kinds", [
    ("Police detained 40 students in Lima on Monday.", "detained", {"none", "trigger"}),
    ("NAIROBI, June 25 (Reuters) - Police fired tear gas at protesters on Tuesday.", "fired",
     {"none", "dateline"}),
    ("Protesters clashed with police in Dhaka on Monday. On Tuesday the protesters clashed "
     "again with riot police.", "clashed", {"none", "trigger"}),
])
def test_candidates_hold_none_and_the_rules_basis(pipe: Pipeline, text: str, trigger: str,
                                                  kinds: set[str]) -> None:
    got = _candidates(pipe, text, trigger)
    assert kinds <= {c.kind for c in got}
    assert sum("any|rule=True" in c.feats for c in got) == 1


def test_an_event_told_again_has_the_previous_event_as_a_candidate(pipe: Pipeline) -> None:
    text = ("Soldiers opened fire on marchers in Conakry on Thursday. Witnesses said the "
            "soldiers opened fire without warning.")
    doc = _doc(pipe, text)
    ctx = place_context(doc)
    events = get_list(doc, "events")
    rules = [place_for(doc, e, ctx.places, ctx.focus, ctx.dateline, ctx.header) for e in events]
    later = [i for i, e in enumerate(events) if e.sentence.start > 0]
    assert later
    prev = previous_event(events, rules, later[-1])
    assert prev is not None and prev.place.text == "Conakry"
    assert any(f.startswith("same_type=") for f in prev.feats)


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no shipped chooser weights")
def test_recorders_see_each_event_s_candidates_at_run_time(
        pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """refit_dp29: a training tool registered in ``RECORDERS`` receives every
    event's candidates and the rules' pick where ``decide_all`` builds them,
    the same event objects the pipeline returns."""
    from eventwire.stages.geo import place_chooser

    seen: list[tuple[object, list[Candidate], PlaceMention | None]] = []
    monkeypatch.setattr(place_chooser, "RECORDERS",
                        [lambda e, c, r: seen.append((e, c, r))])
    text = ("Farmers blocked a highway near Cordoba on Monday. Police later cleared "
            "the road and arrested three organisers.")
    art = Article(text=text, id="t", published=date(2023, 5, 9), outlet="Wire")
    ((_, doc, events),) = list(pipe.extract([art]))
    assert doc is not None and isinstance(events, list) and events
    ids = {id(e) for e, _, _ in seen}
    assert all(id(ev.mention) in ids for ev in events)
    assert all(sum("any|rule=True" in c.feats for c in cands) == 1 for _, cands, _ in seen)


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no shipped chooser weights")
@pytest.mark.parametrize("text,trigger,city", [
    ("Police detained 40 students in Lima on Monday.", "detained", "Lima"),
    ("Riot police fired tear gas at protesters outside parliament in Tbilisi.", "fired",
     "Tbilisi"),
    ("A car bomb exploded near a market in Mogadishu, killing six people.", "exploded",
     "Mogadishu"),
    ("Thousands of teachers marched through Nairobi on Wednesday demanding higher pay.",
     "marched", "Nairobi"),
])
def test_shipped_weights_keep_a_place_the_trigger_states(pipe: Pipeline, text: str,
                                                          trigger: str, city: str) -> None:
    assert name_of(place(pipe, text, trigger)) == city


KAMPALA = PlaceMention(0, 7, "KAMPALA", 232422, "Kampala", 0.31, 32.58, "UGA", None, "city",
                       1.0, basis="dateline")
GULU = PlaceMention(90, 94, "Gulu", 233346, "Gulu", 2.77, 32.3, "UGA", None, "city", 1.0,
                    basis="trigger")


@pytest.mark.parametrize("modality,pick,barred", [
    ("denied", Candidate("dateline", KAMPALA), True),
    ("denied", Candidate("prev_event", KAMPALA), True),  # the previous act placed there
    ("denied", Candidate("trigger", GULU), False),  # its own words place it
    ("asserted", Candidate("dateline", KAMPALA), False),
    ("negated", Candidate("dateline", KAMPALA), False),  # left to the model
])
def test_a_denied_act_takes_no_dateline_point(modality: str, pick: Candidate,
                                              barred: bool) -> None:
    """review55: the guide gives the dateline to no denied act."""
    assert dateline_barred(modality, pick, KAMPALA) is barred
    assert not dateline_barred(modality, pick, None)


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no shipped chooser weights")
@pytest.mark.parametrize("text,trigger", [
    ("KAMPALA, June 1 (Wire) - Soldiers fired tear gas at traders in the city centre on "
     "Monday.\nThe army denied that its soldiers had looted shops.", "looted"),
    ("TBILISI, June 1 (Wire) - Police detained 40 protesters outside parliament on Monday, "
     "the interior ministry said.\nThe ministry denied that officers had beaten the "
     "detainees.", "beaten"),
    ("LIMA, June 1 (Wire) - Riot police broke up a march of miners on Monday, the union "
     "said.\nThe police denied that anyone had been shot.", "shot"),
])
def test_a_denied_act_under_a_dateline_is_not_placed_there(pipe: Pipeline, text: str,
                                                           trigger: str) -> None:
    art = Article(text=text, id="t", published=date(2021, 6, 1), outlet="Wire")
    ((_, doc, _),) = list(pipe.docs([art]))
    assert doc is not None
    (event,) = [e for e in get_list(doc, "events") if e.trigger.text == trigger]
    assert event.factuality.modality == "denied"
    assert event.place is None or event.place.basis == "focus"
