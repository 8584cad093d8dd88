"""tools/error_breadth.py: how many sets an error class spans (census22).
Small synthetic records written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tools.error_breadth import (
    Error,
    breadth,
    detection_errors,
    doc_free_errors,
    fixed,
    mode_class,
    participant_errors,
    place_errors,
    render,
    render_fixed,
)

TEXT = ("Villagers fled the valley\nThe army shelled the border villages on Monday, "
        "and the rebels kidnapped two engineers.")


def _trigger(word: str, after: int = 26) -> dict[str, Any]:
    start = TEXT.index(word, after)
    return {"start": start, "end": start + len(word), "text": word}


def _event(word: str, type_: str = "ASSAULT", after: int = 26, **more: Any
           ) -> dict[str, Any]:
    return {"trigger": _trigger(word, after), "type": type_, "mode": None, "actor": None,
            "recipient": None, "time": {"value": None, "granularity": "unknown"},
            "place": None, **more}


def _record(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "t1", "text": TEXT, "published": "2026-03-04", "source": "own:x",
            "events": events, "_set": "rec_t"}


def test_breadth_counts_sets_origin_and_top_share() -> None:
    errs = [Error("date", "a", f"rec_{x}", x == "c") for x in "abcdefgh"]
    errs += [Error("date", "b", "rec_a", False)] * 3 + [Error("date", "b", "rec_b", True)]
    rows = {b.cls: b for b in breadth(errs)}
    assert (rows["a"].total, rows["a"].real, rows["a"].own, rows["a"].sets) == (8, 1, 7, 8)
    assert rows["a"].top_share == 1 / 8 and rows["a"].broad()
    assert (rows["b"].sets, rows["b"].top_set, rows["b"].top_share) == (2, "rec_a", 0.75)
    assert not rows["b"].broad()


def test_broad_needs_both_spread_and_no_dominant_set() -> None:
    spread = [Error("place", "x", f"rec_{s}", False) for s in "abcdefghij"]
    dominated = spread + [Error("place", "x", "rec_a", False)] * 10
    few = [Error("place", "y", f"rec_{s}", False) for s in "abc"]
    assert breadth(spread)[0].broad()
    assert not breadth(dominated)[0].broad()  # rec_a holds 11 of 20
    assert not breadth(few)[0].broad()  # three sets only


def test_type_and_date_errors_of_matched_events() -> None:
    gold = [_event("shelled", time={"value": "2026-03-02", "granularity": "day"}),
            _event("kidnapped", "ABDUCT")]
    pred = [_event("shelled", time={"value": "2026-03-04", "granularity": "day",
                                    "anchor": "publication"}),
            _event("kidnapped", "ASSAULT")]
    found = list(doc_free_errors(_record(gold), pred))
    pairs = [(f, c) for f, c, _ in found]
    assert ("type", "ABDUCT -> ASSAULT") in pairs
    assert ("date", "publication date to dated past event") in pairs
    assert len(found) == 2


def test_mode_class_is_the_confusion_within_the_type() -> None:
    assert mode_class({"type": "ASSAULT", "gold": "firearms", "pred": None}) \
        == "ASSAULT: firearms -> None"
    assert mode_class({"type": "PROTEST", "gold": "demonstrate", "pred": "demonstrate"}) is None
    assert mode_class({"type": "COERCE", "gold": None, "pred": "arrest"}) \
        == "COERCE: None -> arrest"


def test_detection_errors_false_and_missed(spacy_nlp: Any) -> None:
    doc = spacy_nlp(TEXT)
    gold = [_event("shelled"), _event("kidnapped", "ABDUCT")]
    pred = [_event("shelled"), _event("fled", "MOVE", after=0)]  # "fled" is in the title line
    found = [(f, c) for f, c, _ in detection_errors(_record(gold), pred, doc, set())]
    assert ("event:false", "headline") in found
    assert [f for f, _ in found].count("event:missed") == 1
    assert len(found) == 2


def test_participant_errors_actor_and_recipient(spacy_nlp: Any) -> None:
    doc = spacy_nlp(TEXT)
    army = {**_trigger("army"), "country": "XYZ", "sector": "MIL"}
    villages = {**_trigger("villages"), "country": "XYZ", "sector": "CVL"}
    gold = [_event("shelled", actor=army, recipient=villages)]
    pred = [_event("shelled", actor=None, recipient=None)]
    found = {f: c for f, c, _ in participant_errors(_record(gold), pred, doc)}
    assert found["actor"].startswith("missing: ")
    assert found["recipient"].startswith("missing / ")


def test_place_errors_from_rows_and_render(tmp_path: Path) -> None:
    gold = {"start": 10, "end": 15, "text": "Goma", "lat": -1.68, "lon": 29.22}
    row = {"set": "rec_t", "article": "t1", "gold": gold, "rule": None,
           "header": [0, 0], "sentence_span": [0, 40], "dateline": None, "cands": [],
           "found": "none", "neighbours": []}
    right = {**row, "rule": {**gold, "basis": "trigger"}}
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (row, right)), encoding="utf-8")
    found = list(place_errors(path, {"rec_t"}, {("rec_t", "t1")}))
    assert len(found) == 1 and found[0].real and found[0].cls.startswith("missed: ")
    text = render(breadth(found), 23)
    assert "### place: 1 errors, 0 in broad classes" in text and "| narrow |" in text


def test_fixed_keeps_the_old_class_and_needs_the_event_still_matched() -> None:
    old = [Error("date", "wrong anchor", "rec_a", False, "a/1@5-9"),
           Error("actor", "missing: pronoun", "rec_b", True, "b/2@0-4"),
           Error("mode", "ASSAULT: None -> firearms", "rec_c", False, "c/3@7-12"),
           Error("event:false", "nominal", "rec_a", False, "a/1@20-25")]
    new = [Error("event:missed", "verb-known", "rec_b", True, "b/2@0-4"),  # no longer matched
           Error("type", "ASSAULT -> COERCE", "rec_c", False, "c/3@7-12")]  # retyped
    got = fixed(old, new)
    assert [(e.field, e.cls) for e in got] == [("date", "wrong anchor"), ("event:false", "nominal")]


def test_render_fixed_names_the_old_class_breadth() -> None:
    old = [Error("date", "a", f"rec_{x}", False, f"{x}/1@0-1") for x in "abcdefghi"]
    new = old[1:]
    text = render_fixed(old, new, 9)
    assert "| date | a | broad (9 sets, top 0.11) | 9 | 1 | 0 | 1 | 1 | rec_a 1.00 |" in text


def test_matched_split_names_matched_and_unmatched_gold() -> None:
    from tools.error_breadth import matched_split

    def ev(start: int, text: str) -> dict[str, object]:
        return {"type": "ASSAULT", "trigger": {"start": start, "end": start + len(text),
                                               "text": text}}

    gold = [ev(0, "shot"), ev(20, "arrested")]
    got_g, got_p, taken, untaken = matched_split(gold, [ev(0, "shot"), ev(40, "said")])
    assert (got_g, got_p) == ({0}, {0}) and taken == [gold[0]] and untaken == [gold[1]]
