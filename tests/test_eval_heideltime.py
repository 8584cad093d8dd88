"""HeidelTime beside eventwire in ``eval timex``: the real jar runs (java is
installed by ``.ci/setup-java.sh``); texts written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.eval import heideltime
from eventwire.eval.runner import read_jsonl, run_eval

DOCS = [
    {"doc_id": "h1", "dct": "2021-03-04",
     "text": "The army shelled the town on January 3, 2021. Talks resume next week.",
     "timex": [{"start": 29, "end": 44, "text": "January 3, 2021", "type": "DATE",
                "value": "2021-01-03"},
               {"start": 58, "end": 67, "text": "next week", "type": "DATE",
                "value": "2021-W10"}]},
    {"doc_id": "h2", "dct": "2021-03-04",
     "text": "Two days later, rebels left. Envoys met on Tuesday.",
     "timex": [{"start": 43, "end": 50, "text": "Tuesday", "type": "DATE",
                "value": "2021-03-02"}]},
]


def test_parse_timeml_offsets_and_echo_check() -> None:
    text = "AT&T <b> said on Monday."
    out = ('<?xml version="1.0"?>\n<TimeML>\nAT&T <b> said on <TIMEX3 tid="t1" type="DATE" '
           'value="2020-11-09">Monday</TIMEX3>.\n</TimeML>\n')
    found = heideltime.parse_timeml(out, text)
    assert found == [{"start": 17, "end": 23, "text": "Monday", "type": "DATE",
                      "value": "2020-11-09"}]
    with pytest.raises(EventwireError) as exc:
        heideltime.parse_timeml(out, "something else entirely")
    assert exc.value.code == "EW505"


def test_eval_timex_runs_heideltime_beside_eventwire(tmp_path: Path) -> None:
    data = tmp_path / "t.jsonl"
    data.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    out = tmp_path / "p.jsonl"
    result = run_eval("timex", data=data, predictions=out)
    assert result.metrics is not None
    assert set(result.metrics) == {"eventwire", "dateparser", "heideltime"}
    preds = read_jsonl(out)
    values = {t["text"]: t["value"] for p in preds for t in p["heideltime"]}
    assert values["January 3, 2021"] == "2021-01-03"
    for p, d in zip(preds, DOCS, strict=True):
        for t in p["heideltime"]:
            assert d["text"][t["start"]:t["end"]] == t["text"]
    # each document alone: the second one's opening "two days later" does not
    # count from the first one's January 3 (HeidelTime leaves it unresolved)
    assert values["Two days later"] == "XXXX-XX-XX"
    assert values["Tuesday"] == "2021-03-02"
    assert "heideltime" in result.report
