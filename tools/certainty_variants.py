"""Topic-held-out and blind-set comparison of the certainty systems (issue
#12, branch ``certainty2``):

    python tools/certainty_variants.py ../shared/data tests/data/certainty_blind_f.jsonl

MEANTIME dev has two topics, so "topic-held-out" is: stage 2 trained on one
topic, scored on the other, and the reverse. Variants of stage 2 (stage 1 is
the shipped UDS-IH2 model; it never saw MEANTIME):

- ``learned``: the shipped protocol (C in {0.3, 1, 3}, chosen by inner CV);
- ``strong-L2``: the same with C in {0.01, 0.03, 0.1} (stronger
  regularisation: corrections to the rules must be backed by many mentions);
- ``no-stage1``: stage 2 without stage 1's probabilities, i.e. without any
  lexical signal (stage 1 is where trigger and governor lemmas enter);
- each also as a hybrid (the rules' certainty wherever they found a cue).

Each variant is then trained on all of MEANTIME dev and scored on the blind
file (the second argument) exactly once; the rules need no training.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwire.eval.factuality_models import _metrics, hybrid, rules_labels
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.factuality import fitting, learned
from eventwire.stages.factuality.learned import load_model

Labeller = Callable[[Any], Any]


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def _no_stage1(feats: dict[str, float], stage1: dict[str, float], lexical: bool = False,
               stacked: bool = True) -> dict[str, float]:
    return ORIGINAL_MAPPING(feats, {}, lexical, stacked)


ORIGINAL_MAPPING = learned.mapping_features
ORIGINAL_GRID = fitting.C_GRID


@contextmanager
def variant(name: str) -> Iterator[None]:
    """Patch stage 2's grid or inputs for one variant, restored afterwards."""
    if name == "strong-L2":
        fitting.C_GRID = (0.01, 0.03, 0.1)
    if name == "no-stage1":
        fitting.mapping_features = learned.mapping_features = _no_stage1
    try:
        yield
    finally:
        fitting.C_GRID = ORIGINAL_GRID
        fitting.mapping_features = learned.mapping_features = ORIGINAL_MAPPING


def show(name: str, labeller: Labeller, examples: list[Any]) -> None:
    m = _metrics(examples, labeller)
    per = " ".join(f"{k[:5]} {v:.2f}" for k, v in m["certainty_f1"].items())
    print(f"{name:40} n {len(examples):4} certainty {m['certainty_macro_f1']:.3f}  polarity "
          f"{m['polarity_accuracy']:.3f}  {per}", flush=True)


def run_variant(name: str, model: Any, mt: list[Any], blind: list[Any]) -> None:
    topics = sorted({e.topic for e in mt})
    with variant(name):
        out = {}
        for topic in topics:
            fitted, report = fitting.fit_mapping([e for e in mt if e.topic != topic],
                                                 model.happened, model.unsure)
            print(f"# {name} trained without {topic}: {report}", flush=True)
            out.update({e.key: fitted.classify(e.feats) for e in mt if e.topic == topic})
        full, report = fitting.fit_mapping(mt, model.happened, model.unsure)
        print(f"# {name} trained on all of MEANTIME dev: {report}", flush=True)
        on_blind = {e.key: full.classify(e.feats) for e in blind}

    def loto(e: Any) -> Any:
        return out[e.key]

    def blind_label(e: Any) -> Any:
        return on_blind[e.key]

    for label, fn in ((name, loto), (f"{name} hybrid", lambda e: hybrid(rules_labels(e),
                                                                         loto(e)))):
        for topic in topics:
            show(f"{label} LOTO {topic}", fn, [e for e in mt if e.topic == topic])
        show(f"{label} LOTO pooled", fn, mt)
    show(f"{name} BLIND", blind_label, blind)
    show(f"{name} hybrid BLIND", lambda e: hybrid(rules_labels(e), blind_label(e)), blind)


def main(data: Path, blind_path: Path) -> None:
    model = load_model()
    if model is None:
        raise SystemExit("no learned model: python tools/train_factuality.py ../shared/data")
    pipe = Pipeline(components=("eventwire_actors", "eventwire_quotes"))
    mt = fitting.meantime_examples(read(data / "meantime/dev.jsonl"), pipe)
    blind = fitting.meantime_examples(read(blind_path), pipe)
    for topic in sorted({e.topic for e in mt}):
        show(f"rules {topic}", rules_labels, [e for e in mt if e.topic == topic])
    show("rules pooled", rules_labels, mt)
    show("rules BLIND", rules_labels, blind)
    for name in ("learned", "strong-L2", "no-stage1"):
        run_variant(name, model, mt, blind)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
