"""Rank the distinct date values the candidates offer, leave-one-set-out (branch dates10).

    PYTHONPATH=. python tools/rank_event_date.py /tmp/dates10/rows.json [--c 0.03 0.1 0.3]

Why: the chooser of ``tools/train_event_date.py`` (branch dates7) gives
each candidate *name* one weight vector, so a value several candidates
agree on ("the sentence's date is also the text's last date and the
lead's") gets no credit for the agreement. Here each distinct value
(value + granularity, or unknown) of an event is one row, described by
which candidates propose it (and their number), where it lies against
publication, its granularity, and the event's features crossed with each
proposing candidate; a binary logistic regression scores the rows and the
highest-scoring value wins, the rules' own value unless another beats it by
``margin``. Rows are the dump of ``tools/train_event_date.py``; nothing here
is on the pipeline's path.

``--topic-clean`` (dates14): no fold -- outer or inner -- trains on an ECB+
topic its held-out set contains (``tools/topic_folds.py``): plain LOSO
rewards remembering a recurring story's dates, which a blind set with new
stories does not pay back.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.stages.time.date_ranking import Candidate, value_features, values
from tools.topic_folds import article_topics

Example = dict[str, Any]


def example_values(ex: Example) -> list[tuple[Candidate, list[str], bool]]:
    """(value, the candidates proposing it, right) per distinct value of a dumped row."""
    cands = {k: (v[0], v[1]) if v is not None else None for k, v in ex["cands"].items()}
    return [(v, names, any(ex["right"][n] for n in names))
            for v, names in values(cands).items()]


# ``--cross small``: the event features crossed with the proposing candidates
SMALL = ("tag=", "host_tag", "anchor=", "source=", "in_quote", "speech", "is_speech",
         "title_line", "paragraph", "present_perfect", "past_perfect", "modal", "timeline_gap",
         "act=", "sent_date=", "past_in_dated_news", "dateline_publication", "doc_first_date=",
         "bias")
# ``--cross cues`` (dates14): SMALL and dates12's clause-link and episode-tie cues
CUES = (*SMALL, "dverb", "prev_dated")
CROSS: dict[str, tuple[str, ...] | None] = {"all": None, "none": ("bias",), "small": SMALL,
                                            "cues": CUES}


def row_features(ex: Example, value: Candidate, names: list[str],
                 cross: tuple[str, ...] | None) -> dict[str, float]:
    return value_features(ex["features"], value, names, ex["cands"]["publication"][0], cross)


class Data:
    """All (example, value) rows as one sparse matrix."""

    def __init__(self, examples: list[Example], cross: tuple[str, ...] | None = None) -> None:
        import numpy as np
        from scipy.sparse import csr_matrix

        feats, self.owner, self.right, self.current = [], [], [], []
        for i, ex in enumerate(examples):
            for value, names, right in example_values(ex):
                feats.append(row_features(ex, value, names, cross))
                self.owner.append(i)
                self.right.append(right)
                self.current.append("current" in names)
        vocab = sorted({k for f in feats for k in f})
        index = {k: j for j, k in enumerate(vocab)}
        r, c, v = [], [], []
        for row, f in enumerate(feats):
            for k, val in f.items():
                r.append(row)
                c.append(index[k])
                v.append(val)
        self.vocab, self.cross = vocab, cross
        self.x = csr_matrix((v, (r, c)), shape=(len(feats), len(vocab)))
        self.owner_a, self.right_a = np.array(self.owner), np.array(self.right)
        self.current_a = np.array(self.current)
        self.sets = np.array([examples[i]["set"] for i in self.owner])
        self.real = np.array([examples[i]["real"] for i in self.owner])
        topics = article_topics(sorted({ex["set"] for ex in examples}))
        self.topic = np.array([topics.get(str(examples[i]["doc"])) or "" for i in self.owner])

    def fold_out(self, test: Any) -> Any:
        """The rows a fold holding out ``test`` must not train on: ``test``
        itself, and under ``--topic-clean`` every row of an ECB+ topic in it."""
        import numpy as np
        if not CLEAN[0]:
            return test
        held = set(self.topic[test].tolist()) - {""}
        return test | np.isin(self.topic, sorted(held))


CRITERION = ["mean"]  # how nested() picks a variant inside a fold (--criterion)
REAL_WEIGHT = [1.0]  # weight of a real outlet's rows in the fit (--real-weight)
CLEAN = [False]  # folds drop the held-out set's ECB+ topics (--topic-clean)


def _fit(d: Data, rows: Any, c: float) -> Any:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    if REAL_WEIGHT[0] == 0.0:  # --real-weight 0: fit on real outlets' articles only
        rows = rows & d.real
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(d.x[rows], d.right_a[rows],
            sample_weight=np.where(d.real[rows], REAL_WEIGHT[0] or 1.0, 1.0))
    return clf


def _score(d: Data, clf: Any, test: Any, m: float, held: str,
           out: dict[str, list[int]]) -> None:
    """Add the held-out rows' rules/model counts to ``out`` (per set, ``real``)."""
    import numpy as np
    score = clf.decision_function(d.x[test]) + np.where(d.current_a[test], m, 0.0)
    owners, right, cur = d.owner_a[test], d.right_a[test], d.current_a[test]
    real = d.real[test]
    for o in np.unique(owners):
        sel = owners == o
        pick = np.flatnonzero(sel)[np.argmax(score[sel])]
        for key in (held, "real") if real[pick] else (held,):
            row = out[key]
            row[0] += int(right[sel & cur].any())
            row[1] += int(right[pick])
            row[2] += 1


def loso(d: Data, c: float, margins: tuple[float, ...], within: Any = None
         ) -> dict[float, dict[str, list[int]]]:
    """Per margin, per held-out set and ``real``: [rules right, model right, n]
    (``within``: a row mask, the sets outside it are neither fitted nor held out)."""
    import numpy as np
    within = np.ones(len(d.sets), bool) if within is None else within
    out: dict[float, dict[str, list[int]]] = {m: defaultdict(lambda: [0, 0, 0])
                                              for m in margins}
    for held in sorted(set(d.sets[within].tolist())):
        test = within & (d.sets == held)
        clf = _fit(d, within & ~d.fold_out(test), c)
        for m in margins:
            _score(d, clf, test, m, held, out[m])
    return out


def gain(table: dict[str, list[int]]) -> float:
    """The mean per-set gain in date accuracy (``--criterion mean``), or
    (``real``) the smaller of the pooled and the real-outlet gain in events:
    the bar a variant must pass, read inside the fold."""
    sets = [k for k in table if k != "real"]
    if CRITERION[0] == "real":
        pooled = sum(table[k][1] - table[k][0] for k in sets)
        return float(min(pooled, table["real"][1] - table["real"][0]))
    return sum((table[k][1] - table[k][0]) / table[k][2] for k in sets) / len(sets)


def nested(d: Data, grid: tuple[float, ...], margins: tuple[float, ...]
           ) -> dict[str, list[int]]:
    """LOSO with C and margin chosen inside each fold (by mean per-set gain
    leave-one-set-out over the other sets): the honest figure."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for held in sorted(set(d.sets.tolist())):
        rest = ~d.fold_out(d.sets == held)
        best = max(((gain(t), c, m) for c in grid
                    for m, t in loso(d, c, margins, rest).items()), key=lambda r: r[0])
        print(f"{held}: chose C {best[1]} margin {best[2]} (inner {best[0]:+.4f})", flush=True)
        _score(d, _fit(d, rest, best[1]), d.sets == held, best[2], held, out)
    return dict(out)


def print_table(table: dict[str, list[int]]) -> None:
    print(f"{'held out':10}{'n':>6}{'rules':>8}{'model':>8}{'won-lost':>10}")
    sets = sorted(k for k in table if k != "real")
    pooled = [sum(table[k][i] for k in sets) for i in range(3)]
    for key, (r, mo, n) in [*((k, table[k]) for k in sets), ("pooled", pooled),
                            ("real", table["real"])]:
        print(f"{key:10}{n:6}{r / n:8.3f}{mo / n:8.3f}{mo - r:>+10d}")


def write(d: Data, c: float, margin: float, out: Path) -> None:
    """Fit on every set and write the model :func:`ranking.rank` reads."""
    import numpy as np
    clf = _fit(d, np.ones(len(d.sets), bool), c)
    weights = {k: round(float(w), 4) for k, w in zip(d.vocab, clf.coef_[0], strict=True)
               if abs(w) >= 5e-4}
    model = {"C": c, "margin": margin, "cross": list(d.cross) if d.cross else None,
             "bias": round(float(clf.intercept_[0]), 4),
             "weights": weights,
             "source": "record sets " + ", ".join(sorted(set(d.sets.tolist()))) +
             " (all articles, matched events); tools/rank_event_date.py"}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {out}: {len(weights)} weights of {len(d.vocab)}; in-sample (the "
          "pipeline with this model must reproduce it):")
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for held in sorted(set(d.sets.tolist())):
        _score(d, clf, d.sets == held, margin, held, table)
    print_table(dict(table))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path)
    ap.add_argument("--c", type=float, nargs="+", default=[0.01, 0.03, 0.1, 0.3])
    ap.add_argument("--margins", type=float, nargs="+", default=[0.0, 0.5, 1.0, 2.0])
    ap.add_argument("--cross", choices=sorted(CROSS), default="all",
                    help="event features crossed with the proposing candidates")
    ap.add_argument("--real-weight", type=float, default=1.0)
    ap.add_argument("--criterion", choices=("mean", "real"), default="mean")
    ap.add_argument("--drop", nargs="*", default=[],
                    help="leave out the event features starting with these prefixes")
    ap.add_argument("--nested", action="store_true", help="choose C and margin inside")
    ap.add_argument("--topic-clean", action="store_true",
                    help="no fold trains on an ECB+ topic of its held-out set")
    ap.add_argument("--table", action="store_true", help="per-set table of every cell")
    ap.add_argument("--write", type=Path, default=None,
                    help="fit C (the first --c) and margin (the first --margins) on all "
                         "sets and write the weights here")
    args = ap.parse_args(argv)
    REAL_WEIGHT[0], CRITERION[0], CLEAN[0] = args.real_weight, args.criterion, args.topic_clean
    examples = json.loads(args.rows.read_text(encoding="utf-8"))
    if args.drop:  # the event features a variant leaves out (ablations)
        for ex in examples:
            ex["features"] = {k: v for k, v in ex["features"].items()
                              if not k.startswith(tuple(args.drop))}
    d = Data(examples, CROSS[args.cross])
    if args.write is not None:
        write(d, args.c[0], args.margins[0], args.write)
        return 0
    if args.nested:
        print_table(nested(d, tuple(args.c), tuple(args.margins)))
        return 0
    for c in args.c:
        for m, table in loso(d, c, tuple(args.margins)).items():
            sets = [k for k in table if k != "real"]
            mean = sum((table[k][1] - table[k][0]) / table[k][2] for k in sets) / len(sets)
            won = sum(table[k][1] > table[k][0] for k in sets)
            lost = sum(table[k][1] < table[k][0] for k in sets)
            pooled = [sum(table[k][i] for k in sets) for i in range(3)]
            rr = table["real"]
            print(f"C {c:<5} margin {m:<4} mean {mean:+.4f} pooled {pooled[0]}->{pooled[1]}"
                  f"/{pooled[2]} real {rr[0]}->{rr[1]}/{rr[2]} sets won {won} lost {lost}",
                  flush=True)
            if args.table:
                print_table(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
