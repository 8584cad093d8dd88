"""Score the shipped pipeline on every record set rec_a … rec_ap
(``topic_folds.SETS``, both halves, like ``eventwire eval records --split
all``) in one pipeline run, and on two subsets across the sets: real
outlets' articles (source ``ecbplus:``, ``geovirus:``, ``meantime:``) and
the project's own texts. The sets are
listed by name, never globbed (a blind set being labelled must not be read).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/preds
    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/preds --rescore

Why: one run gives the per-set figures and the real-outlet subset that
every typing or mode change is judged on; the predictions are kept in
``--out`` (``rec_X.pred.json``) to list the events two checkouts differ on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tools.topic_folds import SETS, is_real

ROOT = Path(__file__).resolve().parents[1]



def score_line(name: str, m: dict[str, Any]) -> str:
    """One set's scores on one line (also read by ``tools/blind_rows.py``)."""
    f = m["fields"]
    return (f"{name:6} gold {m['gold']:4} predicted {m['predicted']:4} matched {m['matched']:4}"
            f"  event F1 {m['detection']['f1']:.3f}  type {f['type']:.3f}  mode {f['mode']:.3f}"
            f"  actor {f['actor']:.3f}  recipient {f['recipient']:.3f}  date {f['date']:.3f}"
            f"  place {f['place']:.3f}  speaker chain {f['speaker_chain']:.4f}"
            f"  modality {f['modality']:.3f}  full record {m['full_record']['end_to_end']:.3f}")


def _gold(name: str) -> list[dict[str, Any]]:
    path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def main() -> None:
    from eventwire.eval.records import predict, score

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--rescore", action="store_true",
                    help="score the predictions already in --out; run no pipeline")
    ap.add_argument("--sets", nargs="*", default=list(SETS),
                    help="only these sets (e.g. the development sets, leaving a blind one out)")
    ap.add_argument("--overlap", action="store_true",
                    help="parse the next batch in a helper thread (Settings.overlap; "
                         "the predictions must not change)")
    args = ap.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    pipe = None
    if not args.rescore:
        from eventwire.nlp.pipeline import Pipeline
        from eventwire.settings import Settings

        pipe = Pipeline(Settings(overlap=args.overlap))
    gold_all: list[dict[str, Any]] = []
    pred_all: list[dict[str, Any]] = []
    for name in args.sets:
        gold = _gold(name)
        pred_path = out / f"{name}.pred.json"
        if pipe is None:
            preds = json.loads(pred_path.read_text(encoding="utf-8"))
        else:
            preds = predict([{k: v for k, v in r.items() if k != "events"} for r in gold], pipe)
            pred_path.write_text(json.dumps(preds), encoding="utf-8")
        gold_all += gold
        pred_all += preds
        print(score_line(name, score(gold, preds)["eventwire"]))
    print(score_line("all", score(gold_all, pred_all)["eventwire"]))
    print(score_line("real", score([g for g in gold_all if is_real(g)], pred_all)["eventwire"]))
    print(score_line("own", score([g for g in gold_all if not is_real(g)], pred_all)["eventwire"]))


if __name__ == "__main__":
    main()
