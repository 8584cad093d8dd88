"""``eventwire eval plover_gsr``: PLOVER event typing on the gold-standard records.

Prediction per record: the sentence's main event (most confident) and all
events. Gold types use older PLOVER names and are mapped to the 2021 manual
(``models.LEGACY_PLOVER_TYPES``); modes of folded types are mapped with them
(DISAPPROVE -> ACCUSE/disapprove, INVESTIGATE -> ACCUSE/investigate).

Three scores are reported:
* ``shipped`` — the system as configured (by default the lexicon alone; with
  ``use_classifier`` on, the re-typer was trained on this very file and the
  score is in-sample, i.e. optimistic);
* ``cv`` — lexicon + re-typer in 5-fold cross-validation (fixed seed): trained
  on four folds, applied to the fifth — the honest score of the learned part;
* ``lexicon`` — no learned part at all.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from eventwire.eval.common import classification, majority_baseline
from eventwire.models import LEGACY_PLOVER_TYPES, PLOVER_TYPES, Article, EventMention

NAME = "plover_gsr"
DEFAULT_PATH = "plover_gsr/dev.jsonl"
STRIP_FIELDS = ("event_type", "mode", "source", "target", "event_text", "context", "markup",
                "original")
COMPONENTS = ("eventwire_actors", "eventwire_events")
FOLDS = 5
SEED = 13
# CAMEO's INVESTIGATE is one ACCUSE mode; DISAPPROVE mixes "criticise"
# (disapprove) and "accuse"/"sue" (allege), so its mode is not scored
LEGACY_MODES = {"INVESTIGATE": "investigate"}


def gold_label(record: dict[str, Any]) -> str:
    kind = str(record["event_type"])
    return LEGACY_PLOVER_TYPES.get(kind, kind)


def gold_mode(record: dict[str, Any]) -> str | None:
    """The gold mode in the 2021 manual's names (``events.modes.normalise``);
    a legacy mode with no 2021 counterpart for the type (FIGHT "other",
    FIGHT "deport", COERCE "destroy") is not scored."""
    from eventwire.stages.events.modes import normalise

    raw = record.get("mode") or LEGACY_MODES.get(str(record["event_type"]))
    return normalise(gold_label(record), raw)


def _event_dict(e: EventMention) -> dict[str, Any]:
    return {"type": e.type, "mode": e.mode, "trigger": e.trigger.text,
            "actor": e.actor.text if e.actor else None,
            "recipient": e.recipient.text if e.recipient else None,
            "confidence": e.confidence}


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    from eventwire.stages.events.component import main_event

    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    out = []
    for art, doc, _reject in pipeline.docs(arts):
        events = list(doc._.events or []) if doc is not None else []
        main = main_event(events)
        out.append({"id": art.id, "event_type": main.type if main else None,
                    "mode": main.mode if main else None,
                    "events": [_event_dict(e) for e in events]})
    return out


def _score_predictions(gold: Sequence[dict[str, Any]], main: Sequence[str | None],
                       modes: Sequence[str | None]) -> dict[str, Any]:
    labels = [gold_label(g) for g in gold]
    present = [t for t in PLOVER_TYPES if t in set(labels)]
    result = classification(labels, list(main), present)
    with_mode = [(gold_mode(g), m) for g, m in zip(gold, modes, strict=True) if gold_mode(g)]
    result["mode_accuracy"] = round(sum(1 for g, m in with_mode if g == m) / len(with_mode), 4) \
        if with_mode else None
    typed_right = [(gold_mode(g), m) for g, t, m in zip(gold, main, modes, strict=True)
                   if gold_mode(g) and t == gold_label(g)]
    result["mode_accuracy_type_right"] = round(
        sum(1 for g, m in typed_right if g == m) / len(typed_right), 4) if typed_right else None
    result["mode_support"] = len(with_mode)
    result["coverage"] = round(sum(1 for m in main if m) / len(main), 4) if main else 0.0
    return result


def cross_validate(gold: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """Train the re-typer on k-1 folds, type the k-th; one parse for all."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.events.classifier import fit, labelled, parsed_candidates
    from eventwire.stages.events.component import main_event

    pipe = Pipeline(components=("eventwire_actors",))
    cands = parsed_candidates(gold, pipe)
    order = list(range(len(gold)))
    random.Random(SEED).shuffle(order)
    fold_of = {idx: n % FOLDS for n, idx in enumerate(order)}
    main: list[str | None] = [None] * len(gold)
    modes: list[str | None] = [None] * len(gold)
    for k in range(FOLDS):
        train = [i for i in range(len(gold)) if fold_of[i] != k]
        examples = list(labelled([gold[i] for i in train], [cands[i] for i in train]))
        if len({label for _, label in examples}) < 2:
            # the re-typer learns from records with an ``event_text`` (the
            # trigger words); without enough of them there is nothing to fit
            return None
        model = fit(examples)
        for i in (i for i in range(len(gold)) if fold_of[i] == k):
            events = [_typed(c, s, model) for c, s in cands[i]]
            best = main_event(events)
            main[i], modes[i] = (best.type, best.mode) if best else (None, None)
    return _score_predictions(gold, main, modes)


def _typed(cand: Any, sent: Any, model: Any) -> EventMention:
    from eventwire.models import Span
    from eventwire.stages.events.component import BASE_CONFIDENCE
    from eventwire.stages.events.intent import intent_type
    from eventwire.stages.events.modes import assign_mode

    tok = cand.token
    retyped = intent_type(tok, cand.type)
    if retyped is not None:
        cand.type = retyped[0]
    event = EventMention(trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                         type=cand.type, sentence=Span(sent.text, sent.start_char,
                                                       sent.end_char),
                         mode=cand.mode, confidence=BASE_CONFIDENCE.get(cand.rule, 0.4))
    model.apply(event, cand, sent)
    event.mode = assign_mode(event.type, sent, sent.doc[tok.i:cand.end],
                             cand.mode if event.type == cand.type else None)
    return event


def lexicon_only(gold: Sequence[dict[str, Any]]) -> dict[str, Any]:
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=COMPONENTS,
                    component_config={"eventwire_events": {"use_classifier": False}})
    preds = predict(gold, pipe)
    return _score_predictions(gold, [p["event_type"] for p in preds], [p["mode"] for p in preds])


BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 1.01)


def reliability(gold: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]]
                ) -> list[dict[str, Any]]:
    """Calibration of ``confidence``: for the main events whose confidence
    falls in each bin, the mean confidence vs the share typed correctly."""
    rows = []
    pairs = []
    for g, p in zip(gold, preds, strict=True):
        events = p.get("events") or []
        if events:
            main = max(events, key=lambda e: e["confidence"])
            pairs.append((float(main["confidence"]), p.get("event_type") == gold_label(g)))
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if inside:
            rows.append({"bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": len(inside),
                         "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                         "accuracy": round(sum(ok for _, ok in inside) / len(inside), 3)})
    return rows


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    by_id = {p["id"]: p for p in predictions}
    preds = [by_id.get(str(g["id"]), {}) for g in gold]
    shipped = _score_predictions(gold, [p.get("event_type") for p in preds],
                                 [p.get("mode") for p in preds])
    shipped["reliability"] = reliability(gold, preds)
    return {"shipped": shipped, "cv": cross_validate(gold) if _can_train() else None,
            "lexicon": lexicon_only(gold),
            "majority": {"macro_f1": majority_baseline([gold_label(g) for g in gold])[
                "macro_f1"]}}


def _can_train() -> bool:
    """The re-typer row needs scikit-learn (the `eval` extra); without it
    the row is left out and the rest of the evaluation runs."""
    import importlib.util

    return importlib.util.find_spec("sklearn") is not None


def render(metrics: dict[str, Any]) -> str:
    lines = [f"{'':12}{'macro-F1':>10}{'accuracy':>10}{'mode acc':>10}{'coverage':>10}"]
    for key, label in (("shipped", "shipped*"), ("lexicon", "lexicon"), ("cv", "+retyper CV")):
        m = metrics[key]
        if m is None:
            why = "records with event_text to train on" if _can_train() else \
                "scikit-learn: pip install 'eventwire[eval]'"
            lines.append(f"{label:12}  n/a (needs {why})")
            continue
        lines.append(f"{label:12}{m['macro_f1']:10.3f}{m['accuracy']:10.3f}"
                     f"{(m['mode_accuracy'] or 0):10.3f}{m['coverage']:10.3f}")
    lines.append(f"{'majority':12}{metrics['majority']['macro_f1']:10.3f}")
    ship = metrics["shipped"]
    lines.append(f"modes: {ship.get('mode_support')} gold modes (2021 names); shipped mode "
                 f"accuracy {ship['mode_accuracy'] or 0:.3f}, "
                 f"{ship.get('mode_accuracy_type_right') or 0:.3f} where the type is right")
    lines.append("* shipped = the default pipeline (lexicon; with use_classifier on, in-sample)")
    lines.append("calibration of confidence (main events): bin, n, mean confidence, accuracy")
    for row in metrics["shipped"].get("reliability", []):
        lines.append(f"  {row['bin']:8} n={row['n']:3d}  conf {row['mean_confidence']:.2f}  "
                     f"acc {row['accuracy']:.2f}")
    lines.append("per type (shipped):  P / R / F1 (support)")
    for kind, v in metrics["shipped"]["per_label"].items():
        lines.append(f"  {kind:10} {v['precision']:.2f} / {v['recall']:.2f} / {v['f1']:.2f} "
                     f"({v['support']})")
    return "\n".join(lines)
