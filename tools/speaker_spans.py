"""Speaker spans of a records run against the gold, per record set: how many
gold speaker spans the system predicts exactly (anywhere in the article), how
many only overlap a predicted one, and the overlapping pairs (the span
classes to fix). Branch speakers6, issue #12.

    eventwire eval records --split all --predictions /tmp/pred.jsonl
    python tools/speaker_spans.py /tmp/pred.jsonl [--pairs]
"""

from __future__ import annotations

import glob
import json
import sys
from collections import Counter

Spans = dict[tuple[int, int], str]


def _spans(events: list[dict[str, object]]) -> Spans:
    out: Spans = {}
    for e in events:
        s = e.get("speaker")
        if isinstance(s, dict):
            out[(s["start"], s["end"])] = s["text"]
    return out


def main(pred_path: str, pairs: bool) -> None:
    pred = {r["id"]: r for r in map(json.loads, open(pred_path, encoding="utf-8"))}
    counts: Counter[str] = Counter()
    for path in sorted(glob.glob("tests/data/records/rec_[a-h].jsonl")):
        for gold in map(json.loads, open(path, encoding="utf-8")):
            if gold["id"] not in pred:
                continue
            name = gold["id"].split("-")[0]
            ps = _spans(pred[gold["id"]]["events"])
            for key, text in _spans(gold["events"]).items():
                counts[name + " gold"] += 1
                if key in ps:
                    counts[name + " exact"] += 1
                    continue
                near = [v for k, v in ps.items() if k[0] < key[1] and key[0] < k[1]]
                if near:
                    counts[name + " overlap only"] += 1
                    if pairs:
                        print(gold["id"], repr(text), "->", near)
    for name in sorted({k.split()[0] for k in counts}):
        print(name, {k.split(" ", 1)[1]: v for k, v in counts.items() if k.startswith(name)})
    total = {k: sum(v for kk, v in counts.items() if kk.endswith(k))
             for k in ("gold", "exact", "overlap only")}
    print("all", total)


if __name__ == "__main__":
    main(sys.argv[1], "--pairs" in sys.argv)
