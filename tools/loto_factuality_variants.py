"""Leave-one-topic-out variants of the learned factuality model (issue #12,
branch ``certainty``), beside the rules, per certainty class:

    python tools/loto_factuality_variants.py ../shared/data

For each MEANTIME topic, stage 2 is trained on the other topic (``mt``) or
on the other topic plus the own development set
``tests/data/factuality_dev.jsonl`` (``mt+own``; never a blind set), and
scored on the held-out topic; the hybrid keeps the rules' certainty where
they found a cue. Stage 1 is the shipped one (UDS-IH2; it never saw
MEANTIME). Prints certainty macro-F1, polarity accuracy and per-class F1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from eventwire.eval.factuality_models import _metrics, hybrid, rules_labels
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.factuality.fitting import fit_mapping, meantime_examples
from eventwire.stages.factuality.learned import load_model

OWN = Path(__file__).resolve().parents[1] / "tests/data/factuality_dev.jsonl"


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def show(name: str, labeller: Any, examples: list[Any]) -> None:
    m = _metrics(examples, labeller)
    per = " ".join(f"{k[:5]} {v:.2f}" for k, v in m["certainty_f1"].items())
    print(f"{name:44} certainty {m['certainty_macro_f1']:.3f}  polarity "
          f"{m['polarity_accuracy']:.3f}  {per}")


def main(data: Path) -> None:
    model = load_model()
    if model is None:
        raise SystemExit("no learned model: python tools/train_factuality.py ../shared/data")
    pipe = Pipeline(components=("eventwire_actors", "eventwire_quotes"))
    examples = meantime_examples(read(data / "meantime/dev.jsonl"), pipe)
    own = meantime_examples(read(OWN), pipe)
    topics = sorted({e.topic for e in examples})
    out: dict[tuple[str, Any], Any] = {}
    for topic in topics:
        rest = [e for e in examples if e.topic != topic]
        for name, train in (("mt", rest), ("mt+own", rest + own)):
            fitted, _ = fit_mapping(train, model.happened, model.unsure)
            for e in examples:
                if e.topic == topic:
                    out[(name, e.key)] = fitted.classify(e.feats)
    show("rules", rules_labels, examples)
    for name in ("mt", "mt+own"):
        def learned(e: Any, n: str = name) -> Any:
            return out[(n, e.key)]
        show(f"learned LOTO ({name})", learned, examples)
        show(f"hybrid LOTO ({name})", lambda e, f=learned: hybrid(rules_labels(e), f(e)),
             examples)
        for topic in topics:
            show(f"  held-out {topic}, learned ({name})", learned,
                 [e for e in examples if e.topic == topic])
    for topic in topics:
        show(f"  held-out {topic}, rules", rules_labels, [e for e in examples if e.topic == topic])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
