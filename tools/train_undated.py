"""Build the undated-event model (eventwire/data/time/undated.json).

    python tools/train_undated.py ../shared/data/meantime/dev.jsonl [--kfold-only] \
        [--used-blind tests/data/records/rec_d.jsonl tests/data/records/rec_e.jsonl]

Since dates59 the shipped model is written by ``tools/undated_topic_folds.py
--write`` (MEANTIME dev and all 38 development sets, topic-clean folds; its
docstring has the held-out figures and the in-sample caveat); this tool
still builds the examples (``_matched_examples``, ``meantime_examples``)
and fits (``fit``) for it. Before, the model was fit here on MEANTIME and
six used record sets, each its own topic:

    python tools/train_undated.py ../shared/data/meantime/dev.jsonl \
        --records '/nonexistent/*.jsonl' \
        --used-blind tests/data/records/rec_{a,b,c,d,e,f}.jsonl

dates60 refit the shipped model on the gold of relabel65/66 (present-tense charges
undated unless the filing is dated; 54 real-text re-mentions added) with
one more feature class, *re-mention of an act dated earlier*
(``undated_features._remention``). Held out (leave-one-set-out,
topic-clean, ``undated_topic_folds.py --inner-groups 5``; figures there),
accuracy of the three-way choice, refit with / without the class: real
0.501 / 0.487 (946 events; sets won/lost 11/6), own 0.732 / 0.727 (15/4).
The dates59 model it replaces had read all 38 sets, so it has no held-out
score (in-sample it scores real 0.534, own 0.738 on the same examples):
it is replaced because it was fit on labels relabel65/66 changed, not
because it lost held out. Whole-record development run against m102
(records_by_origin.py; in-sample for the refit, it has read every set):
date all 0.786 -> 0.789 (+49/-19 events), real 0.713 -> 0.720 (+23/-6),
own 0.808 -> 0.810; background flag +10/-6; place -2 events (real -2);
full record real 0.244 -> 0.247.

It must be retrained whenever a record set, MEANTIME dev, the features or
the anchoring rules change (the rules decide which events reach the model).

Examples: every event the learned policy asks the undated model about at
run time (no rule of the anchoring stage, nor the body for a headline, nor
an episode, nor the classes of ``undated.undated_time`` that answer first
dated it), read through ``undated.RECORDERS`` with the candidates and
features computed there, in
1. MEANTIME dev (gold event spans, gold date = the TIMEX the event is
   TLINKed to, as ``eventwire eval event_dates`` reads it), topic = corpus;
2. the **dev** half of the gold records (``tests/data/records/*.jsonl``,
   ``split == "dev"`` only: the blind half is never read), events matched to
   the system's by trigger overlap (as ``eventwire eval records``), topic =
   batch file.

Each example knows which of the three choices of
:mod:`eventwire.stages.time.undated` gives the gold date (publication day,
the text's last date, unknown = gold null); an example none of them gets right
is kept for scoring (all policies fail on it) but not for fitting.

3. with ``--used-blind``, each used blind record set (all its articles; topic
   = file: ``rec_d``, ``rec_e``), never a blind set not yet run.

Model selection: leave-one-topic-out over the topics (two MEANTIME corpora,
five folds of the dev records, each used blind set): L2 strength C from ``C_GRID`` chosen by
inner leave-one-topic-out on the training topics; the outer held-out topic
scores the learned model against the fixed policies ``unknown`` and
``publication``. The final model is fit on all topics with the C the inner
loop prefers on all of them. Deterministic (lbfgs, no sampling). Prints the
k-fold table; writes the model unless ``--kfold-only``.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.eval.event_dates import _gold_span_events, meantime_gold
from eventwire.eval.record_fields import match_events
from eventwire.eval.records import record_of
from eventwire.models import Article, TimeValue
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.time import undated
from eventwire.stages.time.anchoring import anchor_events
from eventwire.stages.time.undated import CHOICES, MODEL_PATH, load_model, predict_choice

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
RECORD_FOLDS = 5
Example = dict[str, Any]


# id(event) -> (event, candidates, features) as the learned policy saw them at run time
SEEN: dict[int, tuple[Any, list[TimeValue], dict[str, float]]] = {}


def _remember(event: Any, cands: list[TimeValue], feats: dict[str, float]) -> None:
    """Keep what ``undated.undated_time`` computed where it asks the model
    (the event itself is kept too, so its id is not reused within a run)."""
    SEEN[id(event)] = (event, cands, dict(feats))


def _pipeline() -> Pipeline:
    """The shipped pipeline (learned policy), every event that reaches the
    undated model recorded there (``undated.RECORDERS``): the rules that run
    before the model decide the examples, not a copy of them rebuilt after
    the pipeline."""
    if _remember not in undated.RECORDERS:
        undated.RECORDERS.append(_remember)
    return Pipeline(Settings(progress=False, heideltime=False, undated_events="learned"))


def _right(choice_value: tuple[str | None, str], gold: tuple[str | None, str],
           strict_granularity: bool) -> bool:
    if gold[0] is None:
        return choice_value[0] is None
    if strict_granularity:
        return choice_value == gold
    return choice_value[0] == gold[0]


def _example(event: Any, gold: tuple[str | None, str], topic: str, strict: bool,
             doc_id: str) -> Example | None:
    """The example of an event the model was asked about at run time (None:
    a rule dated it first, or it had no trigger or publication date)."""
    seen = SEEN.get(id(event))
    if seen is None or seen[0] is not event:
        return None
    _event, cands, feats = seen
    right = [_right((tv.value, tv.granularity if tv.value else "unknown"), gold, strict)
             for tv in cands]
    return {"topic": topic, "doc": doc_id, "features": feats, "right": right,
            "trigger": event.trigger.text}


def meantime_examples(path: Path, pipe: Pipeline) -> list[Example]:
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    arts = [Article(text=r["text"], id=str(r["doc_id"]),
                    published=date.fromisoformat(str(r["dct"])[:10]) if r.get("dct") else None)
            for r in records]
    out = []
    for record, (_a, doc, reject) in zip(records, pipe.docs(arts), strict=True):
        if doc is None:  # a rejected article would leave its gold events out unseen
            raise EventwireError(Errors.E506, count=1, total=len(records),
                                 first=f"{record['doc_id']}: {reject}")
        gold = {(g["start"], g["end"]): g["value"] for g in meantime_gold(record)}
        doc._.events = _gold_span_events(doc, record)
        anchor_events(doc, "learned")
        for event in doc._.events:
            value = gold.get((event.trigger.start, event.trigger.end))
            if value is None:
                continue
            ex = _example(event, (value, "unknown"), record["corpus"], strict=False,
                          doc_id=str(record["doc_id"]))
            if ex is not None:
                out.append(ex)
        SEEN.clear()
    return out


def record_examples(pattern: str, pipe: Pipeline, used_blind: list[Path] | None = None
                    ) -> list[Example]:
    """Examples of the dev half (``RECORD_FOLDS`` folds by article: the n-th
    dev article in file order goes to fold n mod RECORD_FOLDS) and of each
    *used* blind set named in ``used_blind`` (all its articles, one topic per
    file: rec_d, rec_e; never a blind set not yet run)."""
    records = [json.loads(line) for path in sorted(glob.glob(pattern))
               for line in open(path, encoding="utf-8") if line.strip()]
    records = [r for r in records if r.get("split") == "dev"]  # never the blind half
    topics = {str(r["id"]): f"records_{i % RECORD_FOLDS}" for i, r in enumerate(records)}
    for path in used_blind or []:
        extra = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        topics.update({str(r["id"]): path.stem for r in extra})
        records += extra
    return _matched_examples(records, topics, pipe)


def _matched_examples(records: list[dict[str, Any]], topics: dict[str, str],
                      pipe: Pipeline) -> list[Example]:
    out = []
    for start in range(0, len(records), 8):
        batch = records[start:start + 8]
        arts = [Article(text=r["text"], id=str(r["id"]), title=r.get("title"),
                        outlet=r.get("outlet"), published=date.fromisoformat(r["published"]))
                for r in batch]
        for record, (article, _doc, result) in zip(batch, pipe.extract(arts), strict=True):
            events = result if isinstance(result, list) else []
            preds = [record_of(article.text, e) for e in events]
            for gi, pi in match_events(record["events"], preds):
                t = record["events"][gi]["time"]
                gold = (t["value"], t["granularity"] if t["value"] else "unknown")
                ex = _example(events[pi].mention, gold, topics[str(record["id"])],
                              strict=True, doc_id=str(record["id"]))
                if ex is not None:
                    out.append(ex)
        SEEN.clear()
    return out


def _vocab(examples: list[Example]) -> list[str]:
    return sorted({k for ex in examples for k in ex["features"]})


def _source(ex: Example) -> str:
    return "meantime" if ex["topic"].startswith("corpus_") else "records"


def _source_weights(examples: list[Example]) -> dict[str, float]:
    """Each source (MEANTIME, the records) weighs as much as the other in
    the fit, whatever their sizes: their gold conventions differ (an undated
    statement is the day's news in MEANTIME, ``null`` in the records guide)
    and the records outnumber MEANTIME three to one since the used blind
    sets joined; unbalanced, the fit drops MEANTIME's convention (k-fold on
    MEANTIME 0.858 against 0.898 balanced, records 0.648 against 0.643:
    docs/BENCHMARKS.md, dates2)."""
    counts = {src: sum(_source(ex) == src for ex in examples) for src in ("meantime", "records")}
    present = [n for n in counts.values() if n]
    return {src: len(examples) / (len(present) * n) if n else 1.0 for src, n in counts.items()}


def fit(examples: list[Example], c: float) -> dict[str, Any]:
    """Multinomial logistic regression; an example with several right
    choices counts once for each, with weight 1/number of right choices,
    times its source's balance weight (:func:`_source_weights`)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vocab = _vocab(examples)
    index = {k: i for i, k in enumerate(vocab)}
    balance = _source_weights(examples)
    rows, labels, weights = [], [], []
    for ex in examples:
        n_right = sum(ex["right"]) / balance[_source(ex)]
        for choice, ok in zip(CHOICES, ex["right"], strict=True):
            if ok:
                vec = np.zeros(len(vocab))
                for k, v in ex["features"].items():
                    vec[index[k]] = v
                rows.append(vec)
                labels.append(choice)
                weights.append(1.0 / n_right)
    clf = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    clf.fit(np.array(rows), labels, sample_weight=np.array(weights))
    classes = [str(x) for x in clf.classes_]
    coef = clf.coef_ if len(classes) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
    return {"classes": classes, "C": c,
            "weights": {cls: {k: round(float(w), 5) for k, w in zip(vocab, coef[i], strict=True)
                              if abs(w) > 1e-6} for i, cls in enumerate(classes)}}


def _fixed(choice: str) -> dict[str, Any]:
    return {"classes": [choice], "weights": {choice: {}}}


def accuracy(model: dict[str, Any], examples: list[Example]) -> float:
    right = sum(ex["right"][CHOICES.index(predict_choice(ex["features"], model))]
                for ex in examples)
    return right / len(examples) if examples else 0.0


def _fitted(examples: list[Example]) -> list[Example]:
    return [ex for ex in examples if any(ex["right"])]


def choose_c(examples: list[Example]) -> float:
    """The C of ``C_GRID`` with the best pooled leave-one-topic-out accuracy
    (ties: the smaller C)."""
    topics = sorted({ex["topic"] for ex in examples})
    best = (-1.0, C_GRID[0])
    for c in C_GRID:
        right = 0.0
        for topic in topics:
            train = _fitted([ex for ex in examples if ex["topic"] != topic])
            test = [ex for ex in examples if ex["topic"] == topic]
            right += accuracy(fit(train, c), test) * len(test)
        if right > best[0] + 1e-9:
            best = (right, c)
    return best[1]


def kfold(examples: list[Example]) -> dict[str, dict[str, list[int]]]:
    """Per held-out topic: [right, n] for learned, unknown, publication."""
    table: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for topic in sorted({ex["topic"] for ex in examples}):
        train = [ex for ex in examples if ex["topic"] != topic]
        test = [ex for ex in examples if ex["topic"] == topic]
        model = fit(_fitted(train), choose_c(train))
        for name, m in (("learned", model), ("unknown", _fixed("unknown")),
                        ("publication", _fixed("publication"))):
            table[topic][name] = [round(accuracy(m, test) * len(test)), len(test)]
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("meantime", type=Path)
    ap.add_argument("--records", default="tests/data/records/*.jsonl")
    ap.add_argument("--kfold-only", action="store_true")
    ap.add_argument("--used-blind", type=Path, nargs="*", default=[],
                    help="used blind record sets, each its own topic (e.g. "
                         "tests/data/records/rec_d.jsonl rec_e.jsonl)")
    ap.add_argument("--cache", type=Path, help="read/write the examples here (JSON)")
    args = ap.parse_args(argv)
    if args.cache is not None and args.cache.exists():
        examples = json.loads(args.cache.read_text())
    else:
        pipe = _pipeline()
        examples = meantime_examples(args.meantime, pipe) + record_examples(
            args.records, pipe, args.used_blind)
        if args.cache is not None:
            args.cache.write_text(json.dumps(examples))
    table = kfold(examples)
    print(f"{'held-out topic':16}{'n':>5}{'learned':>10}{'unknown':>10}{'publication':>12}")
    for topic, row in table.items():
        n = row["learned"][1]
        print(f"{topic:16}{n:5}" + "".join(f"{row[k][0] / n:>{w}.3f}" for k, w in
                                           (("learned", 10), ("unknown", 10),
                                            ("publication", 12))))
    for label, keep in (("MEANTIME pooled", lambda t: t.startswith("corpus_")),
                        ("records pooled", lambda t: not t.startswith("corpus_"))):
        rows = [row for topic, row in table.items() if keep(topic)]
        n = sum(row["learned"][1] for row in rows)
        if n:
            print(f"{label:16}{n:5}" + "".join(
                f"{sum(row[k][0] for row in rows) / n:>{w}.3f}"
                for k, w in (("learned", 10), ("unknown", 10), ("publication", 12))))
    if args.kfold_only:
        return 0
    c = choose_c(examples)
    model = fit(_fitted(examples), c)
    dev_half = "the dev half of tests/data/records, " if glob.glob(args.records) else ""
    write_model(model, len(examples), c, (
        "MEANTIME dev (CC BY 4.0) TLINKed event dates, " + dev_half +
        f"the record sets {[p.stem for p in args.used_blind]} (all their "
        "articles); tools/train_undated.py. Retrain when these sets change."))
    return 0


def write_model(model: dict[str, Any], examples: int, c: float, source: str,
                path: Path = MODEL_PATH) -> None:
    """Write the undated model (package data) with its source and example
    count; the cached copy is dropped (this tool and undated_topic_folds)."""
    model["source"], model["examples"] = source, examples
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    load_model.cache_clear()
    print(f"C={c}; wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
