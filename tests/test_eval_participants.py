"""``eventwire eval participants``: scoring of actor/recipient by class
(eventwire/eval/participants.py), on hand-made records (no pipeline)."""

from __future__ import annotations

from typing import Any

from eventwire.eval import participants


def _span(start: int, end: int, country: str | None = None,
          sector: str | None = None) -> dict[str, Any]:
    return {"start": start, "end": end, "text": "x", "country": country, "sector": sector}


GOLD = [{"id": "a", "text": "Iran warned Iraq. Police fired.", "events": [
    {"class": "codes", "trigger": _span(5, 11), "actor": _span(0, 4, "IRN"),
     "recipient": _span(12, 16, "IRQ", "GOV")},
    {"class": "passive", "trigger": _span(25, 30), "actor": _span(18, 24, None, "COP"),
     "recipient": None},
    {"class": "passive", "trigger": _span(40, 45), "actor": None, "recipient": None},
]}]


def test_scores_roles_per_class_and_counts_missed_events() -> None:
    pred = [{"id": "a", "events": [
        {"trigger": _span(5, 11), "actor": {**_span(0, 4, "IRN"), "sectors": ["GOV"]},
         "recipient": {**_span(12, 16, "IRQ"), "sectors": ["MIL"]}},
        {"trigger": _span(25, 30), "actor": {**_span(19, 23), "sectors": []},
         "recipient": None},
    ]}]
    m = participants.score(GOLD, pred)
    assert m["all"]["gold"] == 3 and m["all"]["matched"] == 2
    assert m["codes"]["actor_matched"] == 1.0 and m["codes"]["recipient_matched"] == 0.0
    assert m["passive"]["actor_matched"] == 1.0 and m["passive"]["actor_all"] == 0.5
    assert m["all"]["both_all"] == round(1 / 3, 4)
    assert "codes" in participants.render(m)


def test_the_blind_class_set_is_labelled() -> None:
    from eventwire.eval.runner import REPO_ROOT, read_jsonl

    rows = read_jsonl(REPO_ROOT / participants.LOCAL_DEFAULT)
    events = [e for r in rows for e in r["events"]]
    assert len(events) >= 60
    assert {e["class"] for e in events} == {"content", "passive", "anaphor", "codes", "coord"}
    for r in rows:
        for e in r["events"]:
            for role in ("trigger", "actor", "recipient"):
                s = e[role]
                assert s is None or r["text"][s["start"]:s["end"]] == s["text"]
