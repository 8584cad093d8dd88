"""Actor errors of ``eventwire eval records`` by construction, real-outlet
articles apart from the project's own.

    tools/a6_run.sh OUT    # or, per set:
    eventwire eval records --data tests/data/records/rec_X.jsonl --split all \
        --predictions OUT/pred_X.jsonl
    python tools/actor_errors.py --pred-dir OUT tests/data/records/rec_{a,b,c,d,e,f,g,h}.jsonl \
        [--examples CLASS] [--limit 10]

Each wrong actor of a matched event (the scorer's trigger matching and
``participant_right``) falls into one group and one class. The parse of the
article (spaCy + the actor stage, ``eventwire_actors`` only) tells the
construction:

* **missing** (gold actor, none predicted) — by what the gold mention is:
  ``passive agent`` (object of "by"), ``pronoun``, ``role noun`` ("the
  spokesman", "police"), ``other sentence`` (not in the trigger's
  sentence: the actor is implicit), ``subject of governing verb`` (subject
  of a verb the trigger hangs from: control, reported speech),
  ``possessor``, ``named/other``;
* **spurious** (gold none, an actor predicted);
* **right span, wrong resolution** — ``no country``, ``wrong country``,
  ``sector`` (country right, sector missing or other), split by what kind
  of mention was predicted (pronoun / role noun / named);
* **wrong span** — which construction: ``swapped roles`` (the gold
  recipient), ``pronoun antecedent`` (a pronoun predicted whose referent
  is not the gold actor), ``reporting verb`` (the prediction is the
  subject of a speech verb the trigger depends on, or the reverse),
  ``passive agent``, ``coordinated``, ``apposition``, ``relative clause``,
  ``role noun vs named``, ``other NP``.

Prints one table (class x {own, real}) over all sets; ``--examples`` prints
the sentences of the classes containing the text.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.eval.record_fields import match_events, overlap, participant_right
from tools.topic_folds import is_real

Record = dict[str, Any]
PRONOUNS = {"he", "she", "it", "they", "them", "him", "her", "its", "their", "we", "i",
            "who", "which", "that", "his", "our", "us", "you", "whose"}
ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "minister", "president", "official",
              "officials", "ministry", "government", "group", "army", "police", "leader",
              "chief", "commander", "prime", "envoy", "ambassador", "authorities", "forces",
              "troops", "military", "soldiers", "militants", "rebels", "protesters", "people"}
SPEECH = {"say", "tell", "report", "announce", "accuse", "claim", "state", "add", "confirm",
          "deny", "warn", "allege", "quote", "insist", "explain", "note", "urge", "blame"}


def _read(path: Path) -> list[Record]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _words(m: Record) -> list[str]:
    return re.findall(r"[\w']+", str(m.get("text") or "").lower())


def mention_kind(m: Record) -> str:
    """pronoun / role noun / named: what a mention is, from its words."""
    words = _words(m)
    if words and words[-1] in PRONOUNS and len(words) <= 2:
        return "pronoun"
    if words and words[-1] in ROLE_NOUNS and not any(
            w[:1].isupper() for w in str(m.get("text")).split()[1:]):
        return "role noun"
    return "named"


def _span(doc: Doc, m: Record) -> Span | None:
    return doc.char_span(m["start"], m["end"], alignment_mode="expand")


def span_head(doc: Doc, m: Record) -> Token | None:
    span = _span(doc, m)
    return span.root if span is not None and len(span) else None


def _ancestors(tok: Token) -> list[Token]:
    return list(tok.ancestors)


def _subject_of_speech_above(trigger: Token, tok: Token) -> bool:
    """``tok`` is the subject of a speech verb the trigger hangs from."""
    head = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SPEECH and \
        head in _ancestors(trigger)


def wrong_span_class(doc: Doc, g: Record, p: Record, other: Record | None,
                     trigger: Token) -> str:
    """Which construction a wrong span comes from (module docstring)."""
    if other is not None and overlap(other, p) > 0:
        return "swapped roles"
    gh, ph = span_head(doc, g), span_head(doc, p)
    if mention_kind(p) == "pronoun":
        return "pronoun antecedent"
    if ph is not None and _subject_of_speech_above(trigger, ph):
        return "reporting verb (speaker chosen)"
    if gh is not None and _subject_of_speech_above(trigger, gh):
        return "reporting verb (speaker missed)"
    if gh is not None and gh.dep_ == "pobj" and gh.head.lower_ == "by":
        return "passive agent"
    for h in (gh, ph):
        if h is not None and (h.dep_ == "conj" or any(c.dep_ == "conj" for c in h.children)):
            return "coordinated"
    for h in (gh, ph):
        if h is not None and (h.dep_ == "appos" or any(c.dep_ == "appos" for c in h.children)):
            return "apposition"
    if trigger.dep_ == "relcl" or any(a.dep_ == "relcl" for a in trigger.ancestors):
        return "relative clause"
    if {mention_kind(g), mention_kind(p)} == {"role noun", "named"}:
        return "role noun vs named"
    if g.get("country") and p.get("country") == g.get("country"):
        return "other NP, same country"
    return "other NP"


def missing_class(doc: Doc, g: Record, trigger: Token) -> str:
    """What the missed gold actor is (module docstring)."""
    gh = span_head(doc, g)
    if gh is not None and gh.sent != trigger.sent:
        return "other sentence"
    kind = mention_kind(g)
    if kind != "named":
        return kind
    if gh is None:
        return "named/other"
    if gh.dep_ == "pobj" and gh.head.lower_ == "by":
        return "passive agent"
    if gh.dep_ == "poss":
        return "possessor"
    if gh.dep_ in ("nsubj", "nsubjpass") and gh.head in _ancestors(trigger):
        return "subject of governing verb"
    return "named/other"


def resolution_class(g: Record, p: Record) -> str:
    kind = mention_kind(p)
    if not p.get("country"):
        return f"no country ({kind})"
    if p.get("country") != g.get("country"):
        return f"wrong country ({kind})"
    return f"sector ({kind})"


def classify(doc: Doc, g: Record | None, p: Record | None, other: Record | None,
             trigger: Token) -> tuple[str, str]:
    """(group, class) of one wrong actor."""
    if g is None:
        return "spurious", "gold none, actor predicted"
    if p is None:
        return "missing", missing_class(doc, g, trigger)
    if overlap(g, p) > 0:
        return "right span, wrong resolution", resolution_class(g, p)
    return "wrong span", wrong_span_class(doc, g, p, other, trigger)


def _pipeline() -> Any:
    from eventwire.nlp.pipeline import Pipeline

    return Pipeline(components=("eventwire_actors",))


def errors(pipe: Any, gold_path: Path, pred_path: Path) -> list[dict[str, Any]]:
    from eventwire.models import Article

    preds = {str(r["id"]): r.get("events", []) for r in _read(pred_path)}
    out = []
    for art in _read(gold_path):
        gold, pred = art.get("events", []), preds.get(str(art["id"]), [])
        pairs = [(gi, pi) for gi, pi in match_events(gold, pred)
                 if not participant_right(gold[gi].get("actor"), pred[pi].get("actor"))]
        if not pairs:
            continue
        doc = next(pipe.docs([Article(text=art["text"], id=str(art["id"]))]))[1]
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            trig = span_head(doc, g["trigger"])
            if trig is None:
                continue
            group, cls = classify(doc, g.get("actor"), p.get("actor"), g.get("recipient"), trig)
            out.append({"set": gold_path.stem, "real": is_real(art), "group": group,
                        "class": cls, "sentence": trig.sent.text.strip(), "gold": g,
                        "pred": p})
    return out


def _show(m: Record | None) -> str:
    if m is None:
        return "-"
    sec = "/".join(m.get("sectors") or ([m["sector"]] if m.get("sector") else []))
    return f"{m.get('text')!r} {m.get('country')} {sec}"


def table(found: list[dict[str, Any]]) -> str:
    counts = Counter((e["group"], e["class"], e["real"]) for e in found)
    keys = sorted({(g, c) for g, c, _ in counts},
                  key=lambda k: (k[0], -(counts[(*k, False)] + counts[(*k, True)])))
    lines = ["| group | class | own | real | all |", "|---|---|---|---|---|"]
    for g, c in keys:
        own, real = counts[(g, c, False)], counts[(g, c, True)]
        lines.append(f"| {g} | {c} | {own} | {real} | {own + real} |")
    own = sum(1 for e in found if not e["real"])
    lines.append(f"| **all** | | {own} | {len(found) - own} | {len(found)} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="gold record sets")
    ap.add_argument("--pred-dir", type=Path, required=True,
                    help="directory with pred_<letter>.jsonl (rec_<letter>.jsonl)")
    ap.add_argument("--examples", help="print the errors of classes containing this text")
    ap.add_argument("--real", action="store_true", help="examples from real articles only")
    ap.add_argument("--limit", type=int, default=15)
    ap.add_argument("--json", type=Path, help="write every error here (JSONL)")
    args = ap.parse_args()
    pipe = _pipeline()
    found = []
    for path in args.sets:
        found += errors(pipe, path, args.pred_dir / f"pred_{path.stem.split('_')[-1]}.jsonl")
    print(table(found))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            for e in found:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    if args.examples:
        shown = [e for e in found if args.examples in e["class"]
                 and (e["real"] or not args.real)]
        for e in shown[:args.limit]:
            g, p = e["gold"], e["pred"]
            print(f"\n[{e['set']}{' real' if e['real'] else ''}] {e['class']} :: "
                  f"{g['trigger']['text']} ({g['type']})\n  {e['sentence']}"
                  f"\n  gold {_show(g.get('actor'))}\n  pred {_show(p.get('actor'))}")


if __name__ == "__main__":
    main()
