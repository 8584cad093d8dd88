"""Rules against the learned factuality model, in the same run of
``eventwire eval factuality`` (on data with at least two topics, i.e.
MEANTIME's ``corpus`` field):

* ``development`` — the rules, and the learned model as shipped (stage 2
  trained on all of MEANTIME dev, so this figure is in-sample);
* ``leave_one_topic_out`` — stage 2 trained on one topic (its choices made
  by cross-validation inside that topic) and scored on the other; stage 1
  never saw MEANTIME. The rules have no training step here: their figure
  is their development figure — but they were written while reading both
  topics' errors, so it is in-sample too;
* ``hybrid_loto`` — the rules' certainty where they found a cue (anything
  but certain), the leave-one-topic-out model's elsewhere;
* ``majority`` — the most frequent label;
* ``uds_test`` — stage 1 on the UDS-IH2 test split (happened accuracy and
  Pearson correlation of P(happened) with the annotators' normalised value),
  beside the rules (happened = positive, certain, asserted or reported).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwire.eval.common import classification

UDS_TEST = "factuality/uds_ih2/test.jsonl"
FACTUAL_MODALITIES = ("r_mod=asserted", "r_mod=reported")
COMPONENTS = ("eventwire_actors", "eventwire_quotes")
Labeller = Callable[[Any], tuple[str | None, str | None]]
UPPER = {"certain": "CERTAIN", "probable": "PROBABLE", "possible": "POSSIBLE",
         "underspecified": "UNDERSPECIFIED", "positive": "POS", "negative": "NEG"}


def rules_labels(example: Any) -> tuple[str | None, str | None]:
    """The rules' (certainty, polarity), stacked into every example's features."""
    from eventwire.stages.factuality.learned import rule_labels

    return rule_labels(example.feats)


def hybrid(rules: tuple[str | None, str | None],
           learned: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """Rules where they found a cue (a certainty other than certain), the
    learned certainty elsewhere; polarity from the learned model."""
    certainty = rules[0] if rules[0] not in (None, "certain") else learned[0]
    return certainty, learned[1]


def _metrics(examples: Sequence[Any], labeller: Labeller) -> dict[str, Any]:
    certs = [(e.certainty, labeller(e)[0]) for e in examples if e.certainty]
    pols = [(e.polarity, labeller(e)[1]) for e in examples if e.polarity]
    cert = classification([g for g, _ in certs], [p for _, p in certs])
    pol = classification([g for g, _ in pols], [p for _, p in pols])
    under = pol["per_label"].get("underspecified", {}).get("f1")
    return {"certainty_macro_f1": cert["macro_f1"], "certainty_accuracy": cert["accuracy"],
            "certainty_f1": {k: round(v["f1"], 3) for k, v in cert["per_label"].items()},
            "polarity_accuracy": pol["accuracy"], "polarity_macro_f1": pol["macro_f1"],
            "polarity_underspecified_f1": under, "n_certainty": len(certs),
            "n_polarity": len(pols)}


def _majority(examples: Sequence[Any]) -> Labeller:
    cert = Counter(e.certainty for e in examples if e.certainty).most_common(1)[0][0]
    pol = Counter(e.polarity for e in examples if e.polarity).most_common(1)[0][0]
    return lambda _e: (cert, pol)


def compare(gold: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The four systems on ``gold`` (None with fewer than two topics)."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.factuality.fitting import leave_one_topic_out, meantime_examples
    from eventwire.stages.factuality.learned import load_model

    if len({r.get("corpus") for r in gold}) < 2:
        return None
    model = load_model()
    pipe = Pipeline(components=COMPONENTS)
    examples = meantime_examples(gold, pipe)
    out: dict[str, Any] = {"rules": _metrics(examples, rules_labels),
                           "majority": _metrics(examples, _majority(examples))}
    if model is None:
        return out
    out["learned"] = _metrics(examples, lambda e: model.classify(e.feats))
    loto = leave_one_topic_out(examples, model.happened, model.unsure)
    if loto is not None:
        out["learned_loto"] = _metrics(examples, lambda e: loto[e.key])
        out["hybrid_loto"] = _metrics(examples, lambda e: hybrid(rules_labels(e), loto[e.key]))
        plain = leave_one_topic_out(examples, model.happened, model.unsure, (False,))
        assert plain is not None
        out["learned_loto_no_rules"] = _metrics(examples, lambda e: plain[e.key])
        for topic in sorted({e.topic for e in examples}):
            held = [e for e in examples if e.topic == topic]
            out[f"learned_loto:{topic}"] = _metrics(held, lambda e: loto[e.key])
            out[f"rules:{topic}"] = _metrics(held, rules_labels)
    out["uds_test"] = uds_test(pipe, model)
    return out


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return round(cov / (sx * sy), 4) if sx and sy else 0.0


def uds_test(pipe: Any, model: Any, path: Path | None = None) -> dict[str, Any] | None:
    """Stage 1 and the rules on UDS-IH2 test (None when the file is absent)."""
    from eventwire.eval.runner import REPO_ROOT
    from eventwire.settings import Settings
    from eventwire.stages.factuality.fitting import uds_examples

    candidates = [path] if path else [Path(Settings().data_dir) / UDS_TEST,
                                      REPO_ROOT / "../shared/data" / UDS_TEST]
    found = next((p for p in candidates if p is not None and p.is_file()), None)
    if found is None:
        return None
    records = [json.loads(line) for line in open(found, encoding="utf-8") if line.strip()]
    examples = uds_examples(records, pipe)
    gold = [str(e.happened) for e in examples]
    values = [e.value for e in examples]
    probs = [model.p_happened(e.feats) for e in examples]
    rules = [1.0 if e.feats.get("r_cert=certain") and e.feats.get("r_pol=positive") and any(
        e.feats.get(m) for m in FACTUAL_MODALITIES) else 0.0 for e in examples]
    top = Counter(gold).most_common(1)[0][0]

    def acc(pred: Sequence[str]) -> float:
        return round(sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold), 4)

    return {"n": len(examples),
            "learned": {"accuracy": acc(["yes" if p > 0.5 else "no" for p in probs]),
                        "pearson": _pearson(probs, values)},
            "rules": {"accuracy": acc(["yes" if r else "no" for r in rules]),
                      "pearson": _pearson(rules, values)},
            "majority": {"accuracy": acc([top] * len(gold))}}


ROWS = (("rules", "rules, development (= their leave-one-topic-out: no training step)"),
        ("learned", "learned, development (stage 2 trained on all of MEANTIME dev)"),
        ("learned_loto", "learned, leave-one-topic-out (honest)"),
        ("hybrid_loto", "hybrid (rules' cues, learned elsewhere), leave-one-topic-out"),
        ("learned_loto_no_rules", "learned without the rules' answer, leave-one-topic-out"),
        ("majority", "majority baseline"))


def render_compare(m: dict[str, Any]) -> str:
    lines = ["", "rules vs learned (certainty macro-F1 | polarity accuracy | polarity "
             "UNDERSPECIFIED F1 | per-label certainty F1)"]
    for key, label in ROWS + tuple((k, k) for k in sorted(m) if ":" in k):
        if key in m and isinstance(m[key], dict) and "certainty_macro_f1" in m[key]:
            r = m[key]
            under = r["polarity_underspecified_f1"]
            per = " ".join(f"{UPPER.get(k, k)[:5]} {v:.2f}" for k, v in r["certainty_f1"].items())
            lines.append(f"  {label:68} {r['certainty_macro_f1']:.3f} | "
                         f"{r['polarity_accuracy']:.3f} | "
                         f"{'-' if under is None else f'{under:.2f}'} | {per}")
    uds = m.get("uds_test")
    if uds:
        lines.append(f"UDS-IH2 test ({uds['n']} predicates), happened accuracy / Pearson r: "
                     f"learned stage 1 {uds['learned']['accuracy']:.3f} / "
                     f"{uds['learned']['pearson']:.3f}, rules {uds['rules']['accuracy']:.3f} / "
                     f"{uds['rules']['pearson']:.3f}, majority {uds['majority']['accuracy']:.3f}")
    return "\n".join(lines)
