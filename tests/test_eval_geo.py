"""``eventwire eval geo``: the scorer's pieces on hand-computed numbers, the
own dev set's integrity, and pinned score floors."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from eventwire.eval import geo
from eventwire.eval.runner import data_candidates, load_scorer, run_eval
from eventwire.settings import Settings

from .conftest import shared_data

DEV = Path(__file__).parent / "data" / "geo_dev.jsonl"


def test_haversine_known_distances() -> None:
    # London (51.5074, -0.1278) to Paris (48.8566, 2.3522): 343.5 km
    assert abs(geo.haversine_km(51.5074, -0.1278, 48.8566, 2.3522) - 343.5) < 1
    # New York (40.7128, -74.0060) to Los Angeles (34.0522, -118.2437): 3936 km
    assert abs(geo.haversine_km(40.7128, -74.0060, 34.0522, -118.2437) - 3936) < 1
    # a quarter meridian and half the equator: pi/2 R and pi R, R = 6371.0088
    assert abs(geo.haversine_km(0, 0, 90, 0) - math.pi / 2 * 6371.0088) < 1e-6
    assert abs(geo.haversine_km(0, 0, 0, 180) - 20015.1) < 0.1
    assert geo.haversine_km(33.34, 44.4, 33.34, 44.4) == 0


def test_auc() -> None:
    assert geo.auc([0.0, 0.0, 0.0]) == 0.0  # all right: no area
    assert geo.auc([geo.MAX_ERROR_KM] * 4) == pytest.approx(1.0)  # all at the antipode
    # sorted log errors [0, L]: one trapezoid of area L / 2, over L * 1 interval
    assert geo.auc([geo.MAX_ERROR_KM, 0.0]) == pytest.approx(0.5)
    # [0, 0, L]: trapezoids 0 and L / 2, over 2 L
    assert geo.auc([0.0, geo.MAX_ERROR_KM, 0.0]) == pytest.approx(0.25)
    assert geo.auc([]) == 0.0
    assert geo.auc([99999.0]) == pytest.approx(1.0)  # capped at the largest error


def _doc(doc_id: str, *spans: tuple[int, int], text: str = "x" * 80) -> dict[str, object]:
    return {"doc_id": doc_id, "text": text,
            "toponyms": [{"start": s, "end": e, "text": text[s:e], "geonameid": None,
                          "lat": None, "lon": None} for s, e in spans]}


def test_detection_prf_by_hand() -> None:
    gold = [_doc("a", (0, 5), (10, 20), (30, 40))]
    # one exact, one overlapping (12-20 inside 10-20), one spurious (50-55)
    pred = [_doc("a", (0, 5), (12, 20), (50, 55))]
    d = geo.detection(gold, pred)
    assert (d["gold"], d["predicted"]) == (3, 3)
    assert d["exact"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333}
    assert d["overlap"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert geo.detection(gold, [_doc("a")])["exact"]["f1"] == 0.0


def test_match_prefers_the_exact_span() -> None:
    g = {"start": 10, "end": 20}
    exact, bigger, elsewhere = ({"start": 10, "end": 20}, {"start": 6, "end": 20},
                                {"start": 30, "end": 40})
    assert geo.match(g, [bigger, exact]) is exact
    assert geo.match(g, [elsewhere, bigger]) is bigger
    assert geo.match(g, [elsewhere]) is None


def test_resolution_by_hand() -> None:
    baghdad = {"geonameid": 98182, "lat": 33.34058, "lon": 44.40088}
    gold = [{**baghdad}, {"geonameid": 2643743, "lat": 51.5074, "lon": -0.1278},
            {"geonameid": 2988507, "lat": 48.8566, "lon": 2.3522}]
    pred: list[dict[str, object] | None] = [
        {**baghdad},                                                # right: 0 km
        {"geonameid": 2988507, "lat": 48.8566, "lon": 2.3522},      # Paris for London: 343.5 km
        {"geonameid": None, "lat": None, "lon": None},              # found, not resolved
    ]
    m = geo.resolution(list(zip(gold, pred, strict=True)))
    assert m["n"] == 3
    assert m["accuracy_161"] == 0.3333 and m["id_accuracy"] == 0.3333
    assert m["median_km"] == pytest.approx(343.6, abs=0.1)
    assert m["mean_km"] == pytest.approx((0 + 343.56 + 20039) / 3, abs=0.1)
    assert geo.resolution([(gold[0], None)])["accuracy_161"] == 0.0  # missed = wrong


def test_score_and_render_on_a_tiny_set() -> None:
    text = "Troops entered Mosul while talks went on in Geneva."
    gold = [{"doc_id": "t1", "text": text, "toponyms": [
        {"start": 15, "end": 20, "text": "Mosul", "geonameid": 99072, "lat": 36.335,
         "lon": 43.11889},
        {"start": 44, "end": 50, "text": "Geneva", "geonameid": 2660646, "lat": 46.20222,
         "lon": 6.14569}]}]
    preds = [{"doc_id": "t1", "toponyms": [
        {"start": 15, "end": 20, "text": "Mosul", "geonameid": 99072, "lat": 36.335,
         "lon": 43.11889}]}]
    m = geo.score(gold, preds)
    assert m["detection"]["exact"]["recall"] == 0.5
    assert m["eventwire"]["detected"]["accuracy_161"] == 1.0
    assert m["eventwire"]["all"]["accuracy_161"] == 0.5
    assert m["most_populous"]["all"]["n"] == 2
    assert m["most_populous"]["all"]["id_accuracy"] == 1.0  # both unambiguous
    report = geo.render(m)
    assert "acc@161" in report and "most_populous" in report


def test_geo_scorer_contract() -> None:
    scorer = load_scorer("geo")
    assert scorer.NAME == "geo" and not hasattr(scorer, "DEFAULT_PATH")
    assert scorer.STRIP_FIELDS == ("toponyms",)
    assert any(p.name == "geo_dev.jsonl" and p.is_file()
               for p in data_candidates(scorer, Settings()))


def test_own_dev_set_is_well_formed() -> None:
    records = [json.loads(line) for line in DEV.read_text().splitlines()]
    assert len(records) >= 60
    assert sum(len(r["toponyms"]) for r in records) >= 120
    assert len({r["doc_id"] for r in records}) == len(records)
    for r in records:
        for t in r["toponyms"]:
            assert r["text"][t["start"]:t["end"]] == t["text"]
            assert isinstance(t["geonameid"], int)
            assert -90 <= t["lat"] <= 90 and -180 <= t["lon"] <= 180
            assert (t["lat"], t["lon"]) != (0.0, 0.0)


@pytest.fixture(scope="module")
def geo_run():  # type: ignore[no-untyped-def]
    return run_eval("geo")


def test_geo_floors_on_own_set(geo_run) -> None:  # type: ignore[no-untyped-def]
    """tests/data/geo_dev.jsonl (136 passages, 251 toponyms) was blind at its
    first run: detection overlap P 0.964 / R 0.633, acc@161 0.805 on the 159
    detected toponyms. Issue 13 (compiled gazetteer, gazetteer scan, learned
    ranker): R 0.833, acc@161 0.971 and id 0.967 on the 209 detected. The set
    is part of the ranker's training pool, so the resolution figures are
    training figures (cross-validated ones: docs/BENCHMARKS.md). Since the
    third pass its countries and US states sit at GeoNames' own point, no
    longer at the gazetteer's computed one (0 km by construction before), so
    the log-scaled AUC counts their 25-100 km: on the new labels the second
    pass's code scores AUC 0.158 on detected / 0.225 on all, the third pass
    0.149 / 0.217 (the AUC floors were 0.05 / 0.21 on the old labels).
    geo29: eval geo also reports the toponyms that place no event
    (``named_only``: demonyms, capitals read as governments, streets,
    facilities), which this set's convention leaves out: precision 0.968 ->
    0.837 (40 demonyms and metonymic capitals), recall 0.956 -> 0.960; the
    precision floor is for the set's own convention minus those."""
    m = geo_run.metrics
    assert geo_run.n_records >= 60
    d = m["detection"]
    assert d["overlap"]["precision"] >= 0.82
    assert d["overlap"]["recall"] >= 0.81
    assert d["exact"]["f1"] >= 0.87
    det, every = m["eventwire"]["detected"], m["eventwire"]["all"]
    assert det["accuracy_161"] >= 0.94 and det["id_accuracy"] >= 0.93
    assert det["auc"] <= 0.16
    assert every["accuracy_161"] >= 0.78 and every["auc"] <= 0.225
    # the gold-span baseline is printed beside it
    assert m["most_populous"]["all"]["n"] == d["gold"]


def test_geo_floors_on_geovirus() -> None:
    """GeoVirus (229 Wikinews articles, ../shared; no GeoNames ids, points
    from Wikipedia): recognition R 0.905 / P 0.892, acc@161 0.750 on the
    1,962 detected toponyms (most-populous on the same spans 0.733). Half of
    it trains the ranker: a development figure; the held-out half is in
    docs/BENCHMARKS.md. geo29: GeoVirus labels no demonym, hospital or
    street, which eval geo now reports (``named_only``): precision 0.906 ->
    0.833 without the blind pool's 25 articles, recall 0.975 -> 0.978."""
    result = run_eval("geo", data=shared_data("geo/geovirus.jsonl"))
    m = result.metrics
    d = m["detection"]["overlap"]
    assert d["recall"] >= 0.88 and d["precision"] >= 0.81
    det = m["eventwire"]["detected"]
    assert det["accuracy_161"] >= 0.73 and det["auc"] <= 0.43
    assert det["id_accuracy"] is None  # GeoVirus has no ids: not scored as 0
    assert m["eventwire"]["all"]["accuracy_161"] >= 0.66


@pytest.mark.parametrize("name", ["geo_local_dev.jsonl", "geo_local_train.jsonl"])
def test_local_sets_are_well_formed_and_rebuilt_alike(name: str, tmp_path: Path) -> None:
    """tests/data/make_geo_local.py writes both US-local-news-like sets from
    its hand-labelled descriptors; the stored files are what it writes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_geo_local",
                                                  DEV.with_name("make_geo_local.py"))
    assert spec is not None and spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    path = DEV.with_name(name)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert len({r["doc_id"] for r in records}) == len(records) >= 15
    for r in records:
        for t in r["toponyms"]:
            assert r["text"][t["start"]:t["end"]] == t["text"]
            assert isinstance(t["geonameid"], int) and -90 <= t["lat"] <= 90
    passages = make.PASSAGES if name.endswith("dev.jsonl") else make.TRAIN
    make.write(tmp_path / name, passages, records[0]["doc_id"].rsplit("-", 1)[0])
    assert (tmp_path / name).read_text() == path.read_text()


def test_geo_floors_on_the_local_set() -> None:
    """tests/data/geo_local_dev.jsonl (18 US-local-news-like passages, 78
    toponyms, never in the ranker's training pool): before the second pass
    of issue 13, R 0.679 and acc@161 0.868 on the 53 found; after it, R 0.910
    and acc@161 0.915 on the 71 found (most-populous on the same 0.620)."""
    m = run_eval("geo", data=DEV.with_name("geo_local_dev.jsonl")).metrics
    assert m["detection"]["overlap"]["recall"] >= 0.88
    det = m["eventwire"]["detected"]
    assert det["accuracy_161"] >= 0.88 and det["id_accuracy"] >= 0.88
    assert det["accuracy_161"] >= m["most_populous"]["detected"]["accuracy_161"] + 0.2
