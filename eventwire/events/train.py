"""Train the trigger re-typer on the PLOVER gold-standard records.

    python -m eventwire.events.train ../shared/data/plover_gsr/dev.jsonl

Examples: every lexicon candidate in a record whose word appears in the
gold ``event_text`` is labelled with the gold type (legacy names mapped to
the 2021 manual); other candidates are not used. L2-regularised
multinomial logistic regression (scikit-learn, fixed seed). Writes
``eventwire/data/events/retyper.json``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..models import LEGACY_PLOVER_TYPES, Article
from .classifier import MODEL_PATH, Retyper, features
from .triggers import Candidate, find_candidates, load_lexicon

SEED = 13


def gold_type(record: dict[str, Any]) -> str:
    kind = str(record["event_type"])
    return LEGACY_PLOVER_TYPES.get(kind, kind)


def parsed_candidates(records: Sequence[dict[str, Any]], pipeline: Any
                      ) -> list[list[tuple[Candidate, Any]]]:
    """Per record: (candidate, sentence) pairs from one parse."""
    lex = load_lexicon()
    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    out = []
    for _art, doc, _reject in pipeline.docs(arts):
        names = [(m.start, m.end) for m in (doc._.actor_mentions or [])
                 if m.rule.startswith("kb") and " " in m.text]
        pairs = []
        for sent in doc.sents:
            pairs += [(c, sent) for c in find_candidates(sent, lex, names)]
        out.append(pairs)
    return out


def labelled(records: Sequence[dict[str, Any]], cands: Sequence[list[tuple[Candidate, Any]]]
             ) -> Iterable[tuple[list[str], str]]:
    for record, pairs in zip(records, cands, strict=True):
        words = {w.lower() for w in str(record.get("event_text") or "").split()}
        for cand, sent in pairs:
            if cand.token.lower_ in words or cand.token.lemma_.lower() in words:
                yield features(cand, sent), gold_type(record)
                break


def fit(examples: Sequence[tuple[list[str], str]], c: float = 2.0) -> Retyper:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1.0 for f in feats} for feats, _ in examples])
    y = [label for _, label in examples]
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit(x, y)
    labels = [str(label) for label in model.classes_]
    coef = model.coef_ if len(labels) > 2 else [-model.coef_[0], model.coef_[0]]
    bias = list(model.intercept_) if len(labels) > 2 else [-model.intercept_[0],
                                                           model.intercept_[0]]
    weights = {name: [round(float(row[j]), 5) for row in coef]
               for name, j in vec.vocabulary_.items()}
    return Retyper(labels, weights, [round(float(b), 5) for b in bias])


def main(path: Path) -> None:
    from ..pipeline import Pipeline

    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    pipe = Pipeline(components=("eventwire_actors",))
    examples = list(labelled(records, parsed_candidates(records, pipe)))
    model = fit(examples)
    MODEL_PATH.write_text(json.dumps(model.to_json(), sort_keys=True), encoding="utf-8")
    print(f"{len(examples)} examples from {len(records)} records, {len(model.weights)} "
          f"features -> {MODEL_PATH}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/plover_gsr/dev.jsonl"))
