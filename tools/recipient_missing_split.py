"""Missing recipients split one level finer than ``recipient_errors.construction``
(issue #12, branch roles32): counts and set spread only, no sentence.

    PYTHONPATH=. python tools/recipient_missing_split.py /work/notes/m39 \\
        [--sets rec_a,...] [--cons "same sentence,in clause"] [--old OLD_PRED_DIR]

Why: census22 lists ``missing / same sentence`` (113 errors, 58 real) as a
broad recipient class; a rule needs a sub-class that is itself spread over
many sets. Every matched event whose gold recipient is set and none is
predicted, with a construction among ``--cons``, gets a **sub-class**:

* ``summing noun``: the trigger is a relative clause or participle on a
  noun that sums up a clause ("..., a claim the army denied", "a move the
  UN condemned", "a decision X will not accept");
* ``condition clause``: the recipient is the subject of an if / unless
  clause in the trigger's reach ("would strike if the government did not
  ...");
* ``undergone noun``: a nominal trigger held by a copula or an undergoing
  verb ("was on trial", "faces a sentence", "received a life sentence",
  "was greeted with protests");
* otherwise ``path:`` the dependency labels from the trigger up to the
  lowest common head, and from there down to the recipient's root.

Per sub-class: errors, real / own, the number of sets and their names;
with ``--old`` the errors of the old predictions are split too, and the
table counts errors before (old), after (new), gains and losses.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import match_events
from tools.recipient_errors import _span, construction, outcome
from tools.topic_folds import is_real, set_predictions, set_records

Record = dict[str, Any]
SUMMING = {"claim", "move", "decision", "step", "measure", "allegation", "charge",
           "accusation", "report", "plan", "policy", "action", "statement"}
SHOW: list[str] = []  # --examples: print the sentences of this sub-class
UNDERGO = {"be", "go", "face", "serve", "receive", "get", "suffer", "undergo", "stand",
           "remain", "greet", "meet", "place", "put", "come"}


def _path(t: Token, r: Token) -> str:
    up, a = [], t
    anc_r = [r, *r.ancestors]
    while a not in anc_r and a.dep_ != "ROOT":
        up.append(a.dep_)
        a = a.head
    down, b = [], r
    while b != a and b.dep_ != "ROOT":
        down.append(b.dep_)
        b = b.head
    return f"path: {'>'.join(up[:3]) or '-'} | {'<'.join(reversed(down[-3:])) or '-'}"


def sub_class(doc: Doc, trigger: Record, m: Record) -> str:
    """The finer construction of a missing recipient (see the module doc)."""
    tspan, mspan = _span(doc, trigger), _span(doc, m)
    if tspan is None or mspan is None:
        return "unaligned"
    t, r = tspan.root, mspan.root
    if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in SUMMING:
        return "summing noun"
    if r.dep_ in ("nsubj", "nsubjpass") and r.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in r.head.children):
        return "condition clause"
    host = t.head.head if t.dep_ == "pobj" else t.head
    if t.pos_ == "NOUN" and host.lemma_.lower() in UNDERGO and r.head == host:
        return "undergone noun"
    return _path(t, r)


def split(nlp: Language, pred_dir: Path, sets: list[str], cons: set[str]
          ) -> dict[tuple[str, str, int], tuple[str, str, str]]:
    """(set, article id, gold event index) -> (sub-class, group, outcome) of
    every matched event whose gold recipient falls in ``cons``."""
    out = {}
    for name in sets:
        gold, preds = set_records([name]), set_predictions(pred_dir, name)
        for art in gold:
            group = "real" if is_real(art) else "own"
            pairs = [(gi, pi) for gi, pi in match_events(art["events"], preds.get(
                str(art["id"]), [])) if art["events"][gi].get("recipient")]
            doc = nlp(art["text"]) if pairs else None
            for gi, pi in pairs:
                g, p = art["events"][gi], preds[str(art["id"])][pi]
                assert doc is not None
                if construction(doc, g["trigger"], g["recipient"]) not in cons:
                    continue
                oc = outcome(g.get("recipient"), p.get("recipient"))
                cls = sub_class(doc, g["trigger"], g["recipient"])
                out[(name, str(art["id"]), gi)] = (cls, group, oc)
                if SHOW and oc == "missing" and SHOW[0] in cls:
                    t = _span(doc, g["trigger"])
                    sent = t.sent.text.strip()[:300] if t is not None else ""
                    print(f"[{name} {group}] {cls} :: {g['trigger']['text']} ({g['type']})"
                          f" -> {g['recipient']['text']!r}\n  {sent}")
    return out


def table(new: dict[tuple[str, str, int], tuple[str, str, str]],
          old: dict[tuple[str, str, int], tuple[str, str, str]] | None) -> None:
    """Missing errors per sub-class; gains and losses against ``old``."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    for key, (cls, group, oc) in new.items():
        if oc == "missing":
            rows[cls]["after"] += 1
            rows[cls][group] += 1
            sets[cls].add(key[0])
        if old is not None and key in old:
            was = old[key][2]
            # review57: a table of missing recipients counts only what was
            # missing and is now right, and what was right and is now missing
            # (a wrong recipient made right or wrong was counted before)
            if was == "missing" and oc == "right":
                rows[cls]["gain"] += 1
                sets[cls + " gains"].add(key[0])
            elif was == "right" and oc == "missing":
                rows[cls]["loss"] += 1
    if old is not None:
        for cls, _group, oc in old.values():
            if oc == "missing":
                rows[cls]["before"] += 1
    print("| sub-class | missing | real / own | sets | before | gains (sets) | losses |")
    print("|---|---|---|---|---|---|---|")
    for cls, c in sorted(rows.items(), key=lambda kv: -kv[1]["after"]):
        gs = sorted(sets[cls + " gains"])
        print(f"| {cls} | {c['after']} | {c['real']} / {c['own']} | {len(sets[cls])} "
              f"{','.join(s[-1] for s in sorted(sets[cls]))} | {c['before']} "
              f"| {c['gain']} ({','.join(s[-1] for s in gs)}) | {c['loss']} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--old", type=Path, help="older predictions: gains and losses")
    ap.add_argument("--sets", default=",".join(f"rec_{c}" for c in "abcdefghijklmnopqrstuvw"))
    ap.add_argument("--cons", default="same sentence,in clause")
    ap.add_argument("--examples", help="print the sentences of sub-classes containing this")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    SHOW[:] = [args.examples] if args.examples else []
    sets, cons = args.sets.split(","), set(args.cons.split(","))
    new = split(nlp, args.pred_dir, sets, cons)
    old = split(nlp, args.old, sets, cons) if args.old else None
    table(new, old)


if __name__ == "__main__":
    main()
