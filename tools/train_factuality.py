"""Build the learned factuality model (eventwire/data/factuality/).

    python tools/train_factuality.py ../shared/data

1. ``veridicality.json`` — MegaVeridicality v2.1 (White & Rawlins 2018,
   CC BY-SA 4.0): per verb and frame the normalised veridicality rating
   (scaled to [-1, 1]; the two polarities of a frame are averaged), plus the
   verb's mean over frames.
2. stage 1 ``happened`` — logistic regression on UDS-IH2 train (normalised
   value > 0 = happened, weighted by confidence) and ``unsure`` (|value| <
   0.6); C chosen on UDS-IH2 dev by happened accuracy, then refit on
   train + dev (the test split is left for `eventwire eval factuality`).
3. stage 2 ``certainty``/``polarity`` — on all of MEANTIME dev, choices by
   grouped inner cross-validation (``fitting.fit_mapping``).
Writes ``model.json`` with the choices and the sources. Everything is read
from the shared data at build time; nothing is downloaded.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

from eventwire.stages.factuality.features import VERIDICALITY_PATH, load_veridicality
from eventwire.stages.factuality.learned import MODEL_PATH, load_model

FRAMES = {"NP Ved that S": "that", "NP was Ved that S": "was_that",
          "NP Ved to VP[+eventive]": "to_ev", "NP Ved to VP[-eventive]": "to_st",
          "NP was Ved to VP[+eventive]": "was_to_ev", "NP was Ved to VP[-eventive]": "was_to_st",
          "NP Ved NP to VP[+eventive]": "np_to_ev", "NP Ved NP to VP[-eventive]": "np_to_st",
          "NP Ved for NP to VP": "for_np_to"}
HAPPENED_C = (0.1, 0.3, 1.0, 3.0)
LICENCE = ("CC BY-SA 4.0: derived from UDS-IH2 (decomp, UD English-EWT), MegaVeridicality "
           "v2.1 (White & Rawlins 2018) and MEANTIME (Minard et al. 2016, Wikinews CC BY)")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def build_veridicality(path: Path) -> int:
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in read_jsonl(path):
        key = FRAMES.get(r["frame"])
        if key is not None:
            scores[r["verb"].lower()][key].append(float(r["veridicalitynorm"]) / 4.0)
    verbs = {}
    for verb, frames in sorted(scores.items()):
        means = {k: round(sum(v) / len(v), 4) for k, v in sorted(frames.items())}
        means["mean"] = round(sum(means.values()) / len(means), 4)
        verbs[verb] = means
    VERIDICALITY_PATH.parent.mkdir(parents=True, exist_ok=True)
    VERIDICALITY_PATH.write_text(json.dumps(
        {"source": "MegaVeridicality v2.1 normalized (veridicalitynorm / 4)",
         "licence": "CC BY-SA 4.0 (White & Rawlins 2018; White et al. 2018)", "verbs": verbs},
        sort_keys=True), encoding="utf-8")
    load_veridicality.cache_clear()
    return len(verbs)


def happened_accuracy(head, examples) -> float:  # type: ignore[no-untyped-def]
    right = sum(1 for e in examples if head.predict(e.feats) == e.happened)
    return right / len(examples)


def parsed(data: Path, cache: Path | None) -> tuple[list, list, list]:
    """UDS train/dev and MEANTIME dev examples, from one parse each (kept in
    ``cache`` when given, so a second run skips the parse)."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.factuality.fitting import meantime_examples, uds_examples

    if cache is not None and cache.is_file():
        with open(cache, "rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    pipe = Pipeline(components=("eventwire_actors", "eventwire_quotes"))
    uds = data / "factuality/uds_ih2"
    out = (uds_examples(read_jsonl(uds / "train.jsonl"), pipe),
           uds_examples(read_jsonl(uds / "dev.jsonl"), pipe),
           meantime_examples(read_jsonl(data / "meantime/dev.jsonl"), pipe))
    if cache is not None:
        with open(cache, "wb") as fh:
            pickle.dump(out, fh)
    return out


def main(data: Path, cache: Path | None = None) -> None:
    from eventwire.stages.factuality.fitting import fit_mapping, fit_stage1

    n_verbs = build_veridicality(data / "factuality/megaveridicality/normalized.jsonl")
    print(f"veridicality: {n_verbs} verbs -> {VERIDICALITY_PATH}")
    train, dev, meantime = parsed(data, cache)
    scored = [(happened_accuracy(fit_stage1(train, c)[0], dev), c) for c in HAPPENED_C]
    best_acc, best_c = max(scored)
    happened, unsure = fit_stage1(train + dev, best_c)
    print(f"stage 1: {len(train)} UDS train predicates; dev accuracy by C {scored} -> C={best_c}")
    model, chosen = fit_mapping(meantime, happened, unsure)
    MODEL_PATH.write_text(json.dumps(
        {"licence": LICENCE, "stage1": {"C": best_c, "uds_dev_accuracy": round(best_acc, 4),
                                        "trained_on": "UDS-IH2 train+dev"},
         "stage2": {**chosen, "trained_on": "MEANTIME dev (corpus_airbus, corpus_apple)",
                    "n": len(meantime)},
         "model": model.to_json()}, sort_keys=True), encoding="utf-8")
    load_model.cache_clear()
    print(f"stage 2: {len(meantime)} MEANTIME events, choices {chosen} -> {MODEL_PATH}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"),
         Path(sys.argv[2]) if len(sys.argv) > 2 else None)
