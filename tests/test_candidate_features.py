"""Direct tests of ``eventwire.stages.geo.candidate_features``: the feature
vector toponym resolution scores each gazetteer reading with. Places and
mentions are built by hand (made-up ids and numbers), so each case tests one
feature alone."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.stages.geo.candidate_features import (
    _KM,
    FEATURES,
    Context,
    around_of,
    features,
    km,
    near_km,
)
from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

STATE_A = Place(10, "Alder", 40.0, -90.0, "USA", "AL", 3_000_000, "admin1")
STATE_B = Place(20, "Birch", 33.0, -81.0, "USA", "BI", 4_000_000, "admin1")
TOWN_A = Place(11, "Columbia", 40.1, -90.1, "USA", "AL", 120_000, "city", admin1_id=10)
TOWN_B = Place(21, "Columbia", 33.1, -81.1, "USA", "BI", 130_000, "city", admin1_id=20)
VILLAGE_A = Place(12, "Oakfield", 40.2, -90.2, "USA", "AL", 900, "city", admin1_id=10)
COUNTRY = Place(1, "Freedonia", 45.0, 10.0, "FRE", None, 9_000_000, "country")


def _mention(i: int, text: str, *cands: Place, label: str = "GPE") -> Mention:
    return Mention(i, i + 1, text, "ner", label, list(cands))


def _vector(i: int, c: Place, ctx: Context) -> dict[str, float]:
    focus = ctx.focus(i)
    return dict(zip(FEATURES, features(i, c, ctx, focus), strict=True))


def test_km_is_the_great_circle_distance() -> None:
    assert km(TOWN_A, TOWN_A) == 0.0
    one_degree = Place(2, "x", 0.0, 1.0, None, None, 0, "city")
    origin = Place(3, "y", 0.0, 0.0, None, None, 0, "city")
    assert km(origin, one_degree) == pytest.approx(111.2, abs=0.5)
    assert km(TOWN_A, TOWN_B) > 500


def test_vector_has_one_value_per_feature_name() -> None:
    ctx = Context([_mention(0, "Columbia", TOWN_A, TOWN_B)], Counter(), [False])
    for c in (TOWN_A, TOWN_B):
        assert len(features(0, c, ctx, ctx.focus(0))) == len(FEATURES)


def test_a_stated_state_after_the_name_is_a_hierarchy() -> None:
    """"Columbia, Alder": the next name holds one reading, not the other."""
    ms = [_mention(0, "Columbia", TOWN_A, TOWN_B), _mention(2, "Alder", STATE_A)]
    ctx = Context(ms, Counter(), [True, False])
    assert _vector(0, TOWN_A, ctx)["hierarchy_next"] == 1.0
    assert _vector(0, TOWN_B, ctx)["hierarchy_next"] == 0.0
    assert _vector(1, STATE_A, ctx)["contains_prev"] == 1.0


def test_another_name_in_one_state_only_implies_that_state() -> None:
    ms = [_mention(0, "Columbia", TOWN_A, TOWN_B), _mention(5, "Oakfield", VILLAGE_A)]
    ctx = Context(ms, Counter(), [False, False])
    a, b = _vector(0, TOWN_A, ctx), _vector(0, TOWN_B, ctx)
    assert a["admin1_implied"] == 1.0 and b["admin1_implied"] == 0.0
    assert a["admin1_share"] == 1.0 and b["admin1_share"] == 0.0


def test_a_division_holding_a_namesake_city_is_marked() -> None:
    capital_city = Place(31, "Baghdad", 33.3, 44.4, "IRQ", "07", 7_000_000, "city", admin1_id=30)
    province = Place(30, "Baghdad", 33.3, 44.4, "IRQ", "07", 7_100_000, "admin1")
    ctx = Context([_mention(0, "Baghdad", capital_city, province)], Counter(), [False])
    assert _vector(0, province, ctx)["namesake_division"] == 1.0
    assert _vector(0, capital_city, ctx)["namesake_division"] == 0.0


def test_focus_counts_seeds_and_sure_names_but_not_the_mention_itself() -> None:
    ms = [_mention(0, "Freedonia", COUNTRY), _mention(3, "Columbia", TOWN_A, TOWN_B)]
    ctx = Context(ms, Counter({"USA": 2}), [False, False])
    assert ctx.focus(1) == Counter({"USA": 2, "FRE": 1})
    assert ctx.focus(0) == Counter({"USA": 2})
    ctx.picks[1] = TOWN_A
    assert ctx.focus(0) == Counter({"USA": 3})


def test_around_is_the_same_as_computing_per_candidate() -> None:
    ms = [_mention(0, "Columbia", TOWN_A, TOWN_B), _mention(5, "Oakfield", VILLAGE_A)]
    ctx = Context(ms, Counter({"USA": 1}), [False, False])
    ctx.picks[1] = VILLAGE_A
    focus = ctx.focus(0)
    around = around_of(0, ctx, focus)
    assert around.max_pop == 130_000 and around.others == {VILLAGE_A}
    for c in (TOWN_A, TOWN_B):
        assert features(0, c, ctx, focus, around) == features(0, c, ctx, focus)
    near = dict(zip(FEATURES, features(0, TOWN_A, ctx, focus, around), strict=True))["near"]
    far = dict(zip(FEATURES, features(0, TOWN_B, ctx, focus, around), strict=True))["near"]
    assert near > far


def test_single_admin1s_answers_the_set_comparison() -> None:
    """speed26: ``single_admin1s(i)`` holds ``a`` exactly when some other
    name's division set equals ``{a}`` (the test ``_admin1_implied`` made
    per candidate): one-state names, two-state names, the mention's own
    name repeated, a country (no set)."""
    ms = [_mention(0, "Columbia", TOWN_A, TOWN_B), _mention(3, "Oakfield", VILLAGE_A),
          _mention(5, "Birch", STATE_B), _mention(7, "Columbia", TOWN_A, TOWN_B),
          _mention(9, "Freedonia", COUNTRY)]
    ctx = Context(ms, Counter(), [False] * len(ms))
    for i in range(len(ms)):
        for a in (10, 20, 30, None):
            old = any(s == {a} for s in ctx.other_admin1_sets(i))
            assert (a in ctx.single_admin1s(i)) == old, (i, a)
    assert ctx.single_admin1s(0) == {10, 20} and ctx.single_admin1s(1) == {20}


def _share_by_sum(i: int, c: Place, ctx: Context) -> float:
    """``_admin1_share`` as it was computed per candidate before speed43."""
    own = c.admin1_id if c.feature in ("city", "admin2") else None
    others = ctx.other_admin1_sets(i) if own is not None else []
    if own is None or not others:
        return 0.0
    return sum(1 / len(s) for s in others if own in s) / len(others)


def test_admin1_share_kept_per_mention_and_division_is_the_sum() -> None:
    """speed43: the share is kept per (mention, division); every candidate
    of every mention gets exactly the float the per-candidate sum gave,
    asked twice (``resolve``'s two passes), with picks changed between:
    towns in one state and in two, a state, a country (no division) and a
    name standing alone (no other sets)."""
    town_c = Place(31, "Oakfield", 33.2, -81.2, "USA", "BI", 800, "city", admin1_id=20)
    county = Place(41, "Elm County", 40.3, -90.3, "USA", "AL", 50_000, "admin2",
                   admin1_id=10)
    ms = [_mention(0, "Columbia", TOWN_A, TOWN_B), _mention(3, "Oakfield", VILLAGE_A, town_c),
          _mention(5, "Birch", STATE_B), _mention(7, "Elm County", county),
          _mention(9, "Freedonia", COUNTRY), _mention(11, "Columbia", TOWN_A, TOWN_B)]
    ctx = Context(ms, Counter(), [False] * len(ms))
    for picks in ([None] * len(ms), [TOWN_B, town_c, STATE_B, county, COUNTRY, TOWN_B]):
        ctx.picks = list(picks)
        for i, m in enumerate(ms):
            for c in m.candidates:
                assert _vector(i, c, ctx)["admin1_share"] == _share_by_sum(i, c, ctx), (i, c)
    alone = Context([_mention(0, "Columbia", TOWN_A, TOWN_B)], Counter(), [False])
    assert _vector(0, TOWN_A, alone)["admin1_share"] == 0.0
    assert ctx.admin1_share(0, 10) == _share_by_sum(0, TOWN_A, ctx) > 0.0


@pytest.mark.parametrize(("a", "b"), [(TOWN_A, TOWN_B), (TOWN_B, TOWN_A), (VILLAGE_A, COUNTRY),
                                      (STATE_A, STATE_B), (COUNTRY, COUNTRY)])
def test_near_km_keeps_the_formula_float(a: Place, b: Place) -> None:
    """speed57: the near feature's distance kept per pair of points is the
    very float ``haversine_km`` gives, asked first and asked again."""
    _KM.pop((a.lat, a.lon, b.lat, b.lon), None)
    expected = haversine_km(a.lat, a.lon, b.lat, b.lon)
    assert near_km(a, b) == expected
    assert near_km(a, b) == expected  # from the memo
    assert near_km(a, b) == km(a, b)
