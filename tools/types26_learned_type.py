"""Topic-clean leave-one-set-out check of a learned type decision over the
rules' matched events (types26).

    PYTHONPATH=. python tools/records_by_origin.py --out DIR
    PYTHONPATH=. python tools/types26_learned_type.py DIR [--threshold 0.7]

Why: issue #12 asks whether a cheap learned model over the type decision
(features: the rules' type and mode, the trigger word, the words around it)
beats the rules on text it has not seen. Each record set is held out in
turn; training uses the other sets' matched events minus every article of
an ECB+ topic the held-out set holds (``tools/topic_folds.py``). The model
replaces the rules' type only when its probability reaches ``--threshold``.
Prints type accuracy on the matched events, pooled, real outlets and own
texts, for the rules and the learned decision on the same folds.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS, ecb_topic, is_real

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[a-z]+")


def _rows(pred_dir: Path) -> list[dict[str, Any]]:
    from eventwire.eval.record_fields import match_events

    rows = []
    for name in SETS:
        gold = [json.loads(x) for x in (ROOT / "tests" / "data" / "records" / f"{name}.jsonl")
                .read_text(encoding="utf-8").splitlines() if x.strip()]
        preds = {str(p["id"]): p.get("events", [])
                 for p in json.loads((pred_dir / f"{name}.pred.json").read_text())}
        for rec in gold:
            g, p, text = rec.get("events", []), preds.get(str(rec["id"]), []), rec["text"]
            for gi, pi in match_events(g, p):
                t = p[pi]["trigger"]
                rows.append({"set": name, "topic": ecb_topic(rec.get("source")),
                             "real": is_real(rec),
                             "gold": g[gi]["type"], "rules": p[pi]["type"],
                             "feats": _features(text, int(t["start"]), int(t["end"]),
                                                p[pi]["type"], p[pi].get("mode"))})
    return rows


def _features(text: str, start: int, end: int, kind: str, mode: str | None) -> dict[str, float]:
    trig = text[start:end].lower()
    left = WORD.findall(text[max(0, start - 60):start].lower())[-5:]
    right = WORD.findall(text[end:end + 60].lower())[:5]
    feats = {f"rules={kind}": 1.0, f"mode={kind}:{mode}": 1.0, f"trig={trig}": 1.0,
             f"rules+trig={kind}:{trig}": 1.0}
    feats.update({f"l={w}": 1.0 for w in left})
    feats.update({f"r={w}": 1.0 for w in right})
    return feats


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--threshold", type=float, default=0.7)
    args = ap.parse_args()
    rows = _rows(args.pred_dir)
    for row in rows:
        row["learned"] = row["rules"]
    for name in SETS:
        test = [r for r in rows if r["set"] == name]
        topics = {r["topic"] for r in test if r["topic"]}
        train = [r for r in rows if r["set"] != name and r["topic"] not in topics]
        vec = DictVectorizer()
        model = LogisticRegression(max_iter=2000, C=1.0)
        model.fit(vec.fit_transform([r["feats"] for r in train]), [r["gold"] for r in train])
        probs = model.predict_proba(vec.transform([r["feats"] for r in test]))
        for r, p in zip(test, probs, strict=True):
            best = int(p.argmax())
            if p[best] >= args.threshold:
                r["learned"] = str(model.classes_[best])
    for label, keep in (("pooled", lambda r: True), ("real", lambda r: r["real"]),
                        ("own", lambda r: not r["real"])):
        sub = [r for r in rows if keep(r)]
        rules = sum(r["rules"] == r["gold"] for r in sub) / len(sub)
        learned = sum(r["learned"] == r["gold"] for r in sub) / len(sub)
        print(f"{label:6} n={len(sub):5}  rules {rules:.3f}"
              f"  learned@{args.threshold} {learned:.3f}")


if __name__ == "__main__":
    main()
