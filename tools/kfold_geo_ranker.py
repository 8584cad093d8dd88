"""k-fold over articles for the toponym ranker, end to end (issue #13).

    PYTHONPATH=. python tools/kfold_geo_ranker.py --dev DEV.jsonl --held HELD.jsonl [--k 5]

Why: the shipped ranker (``eventwire/data/geo/ranker.json``) is trained on
eventwire's own sets plus the even-numbered GeoVirus articles, so an
``eventwire eval geo`` figure on GeoVirus is partly in-sample. Here each of
``k`` folds of DEV (contiguous by line, i.e. by article id) is scored by a
ranker trained on the own sets (``geo_dev``, ``geo_local_train``) plus the
other folds; HELD is scored by one trained on the own sets plus all of DEV
(HELD never trains). The C of the shipped ranker is reused (no grid: the
grid is ``train_geo_ranker.py``'s job). Two rounds, as in training. Each
text is parsed once; the place stage (``component.find_places``) runs per
fold on the parsed documents. Prints the ``eval geo`` metrics of the pooled
folds and of HELD as JSON. Nothing is written to the package.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_geo_ranker import fit, groups, parse  # noqa: E402

from eventwire.eval import geo  # noqa: E402
from eventwire.paths import REPO_DIR  # noqa: E402
from eventwire.stages.geo import resolve as res  # noqa: E402
from eventwire.stages.geo.candidate_features import FEATURES  # noqa: E402
from eventwire.stages.geo.component import find_places  # noqa: E402


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in open(path, encoding="utf-8")]


def _use(coef: list[float], bias: float, where: Path) -> None:
    where.write_text(json.dumps({"features": list(FEATURES), "coef": coef,
                                 "intercept": bias}), encoding="utf-8")
    res.RANKER_PATH = where
    res.ranker.cache_clear()


def train(recs: list[dict[str, Any]], docs: list[Any], c: float, where: Path) -> None:
    """Two rounds: the second's context features read the first's picks."""
    for _round in (1, 2):
        coef, bias = fit(groups(recs, docs), c)
        _use(coef, bias, where)


def predict(recs: list[dict[str, Any]], docs: list[Any]) -> list[dict[str, Any]]:
    return [{"doc_id": r["doc_id"],
             "toponyms": [{"start": p.start, "end": p.end, "text": p.text,
                           "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon}
                          for p in find_places(d)]} for r, d in zip(recs, docs, strict=True)]


def main(dev_path: Path, held_path: Path, k: int) -> None:
    c = float(json.loads(res.RANKER_PATH.read_text(encoding="utf-8"))["C"])
    own = [json.loads(x) for name in ("geo_dev.jsonl", "geo_local_train.jsonl")
           for x in open(REPO_DIR / "tests/data" / name, encoding="utf-8")]
    dev, held = _load(dev_path), _load(held_path)
    own_docs, dev_docs, held_docs = parse(own), parse(dev), parse(held)
    where = Path(tempfile.mkdtemp()) / "ranker.json"
    preds: list[dict[str, Any]] = []
    size = -(-len(dev) // k)
    for f in range(k):
        lo, hi = f * size, min(len(dev), (f + 1) * size)
        train(own + dev[:lo] + dev[hi:], own_docs + dev_docs[:lo] + dev_docs[hi:], c, where)
        preds += predict(dev[lo:hi], dev_docs[lo:hi])
    train(own + dev, own_docs + dev_docs, c, where)
    out = {"C": c, "k": k, "dev_kfold": geo.score(dev, preds),
           "held": geo.score(held, predict(held, held_docs))}
    print(json.dumps(out))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--held", type=Path, required=True)
    ap.add_argument("--k", type=int, default=5)
    a = ap.parse_args()
    main(a.dev, a.held, a.k)
