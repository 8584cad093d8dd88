"""Actor errors one level finer: the gold actor's mention form, its relation
to the trigger and why the system missed it (issue #12, branch actors40).

    PYTHONPATH=. python tools/actor_fine_split.py /work/notes/m54 [--sets rec_z,rec_aa] \\
        [--real] [--json OUT.jsonl]
    PYTHONPATH=. python tools/actor_fine_split.py --gsr /work/shared/data/plover_gsr/dev.jsonl

Why: ``actor_errors`` and ``actor_only_split`` tell the outcome (missing,
spurious, wrong span, country, sector) and one construction; a rule needs
the three facets together, and the recently blind sets must be compared
with the old ones. Every wrong actor of a matched event (``participant_right``
false) gets, from a parse with the actor stage only:

* **outcome**: ``actor_only_split.actor_class`` (``sector G -> P`` folded
  into ``sector``);
* **form** of the gold actor: ``coordinated``, ``possessive``, ``pronoun``,
  ``state name`` (a knowledge-base state), ``seat`` (a capital or building
  standing for its institution, "Washington", "the Kremlin"), ``name``,
  ``role noun`` (a singular common noun for a person or office),
  ``collective`` (a plural or group noun for people, "police", "protesters"),
  ``institution`` (a common noun for a body, "the ministry", "the court");
  ``none`` for a spurious actor;
* **relation** of the gold actor to the trigger: ``speaker`` (it is the
  gold event's speaker), ``other sentence``, ``subject``, ``by-agent``,
  ``possessor/modifier`` (of a noun trigger), ``governing subject`` (the
  subject of a verb the trigger hangs from), ``other clause``;
* **reason**: ``no candidate`` (no actor mention of the stage overlaps the
  gold one), ``not chosen`` (a candidate, no actor predicted), ``speaker for
  doer`` / ``doer for speaker`` (the prediction is the sentence's speaker and
  the gold is not, or the reverse), ``recipient taken``, ``nearest entity``
  (the prediction is the actor mention nearest the trigger), ``other
  choice``; for a right span: ``lookup kb`` / ``lookup rule:<rule>`` (the
  mention's knowledge-base id or the rule that coded it), for a spurious
  actor ``spurious``.

``--gsr FILE`` does the same for the PLOVER GSR main events (gold
``source[0]`` against the system's PLOVER source), running the full
pipeline. Counts only (with ``--json``, one row per error).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.eval.record_fields import match_events, overlap, participant_right
from tools.actor_only_split import actor_class
from tools.topic_folds import SETS, is_real, set_predictions

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]
PRONOUNS = {"he", "she", "it", "they", "them", "him", "her", "its", "their", "we", "i",
            "who", "which", "that", "his", "our", "us", "you", "whose", "theirs", "whom"}
INSTITUTIONS = {"government", "ministry", "court", "parliament", "council", "committee",
                "commission", "administration", "authority", "agency", "office", "cabinet",
                "department", "party", "army", "military", "navy", "regime", "union",
                "company", "firm", "tribunal", "assembly", "senate", "congress", "board",
                "service", "embassy", "organisation", "organization", "coalition",
                "junta", "group", "state", "force", "command", "prosecutor's"}
COLLECTIVES = {"police", "people", "public", "crowd", "staff", "personnel", "youth",
               "media", "opposition", "family", "gang", "mob"}
SPEECH = {"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "deny",
          "warn", "quote", "insist", "explain", "note", "write", "tweet", "declare"}


def char_span(doc: Doc, m: Record) -> Span | None:
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return span if span is not None and len(span) else None


def form(span: Span, kb: Any) -> str:
    """What kind of mention the gold actor is (module docstring)."""
    from eventwire.stages.actors.kb import normalise

    root = span.root
    if root.dep_ == "conj" or any(t.dep_ == "cc" for t in span):
        return "coordinated"
    if root.dep_ == "poss" or root.tag_ == "PRP$" or span[-1].tag_ == "POS":
        return "possessive"
    if root.pos_ == "PRON" or root.lower_ in PRONOUNS:
        return "pronoun"
    text = span.text.removeprefix("the ").removeprefix("The ")
    if any(a.kind == "state" for a in kb.lookup(normalise(text))):
        return "state name"
    if root.ent_type_ in ("GPE", "FAC", "LOC"):
        return "seat"
    if root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG", "NORP"):
        return "name"
    if root.lemma_.lower() in INSTITUTIONS:
        return "institution"
    if root.tag_ in ("NNS", "NNPS") or root.lower_ in COLLECTIVES:
        return "collective"
    return "role noun"


def _same(a: Record | None, b: Record | None) -> bool:
    return bool(a and b and overlap(a, b) > 0)


def relation(span: Span, trigger: Token, speaker: Record | None, gold: Record) -> str:
    """Where the gold actor sits relative to the trigger (module docstring)."""
    if _same(speaker, gold):
        return "speaker"
    root = span.root
    if root.sent != trigger.sent:
        return "other sentence"
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "csubj") and (
            head == trigger or (trigger.dep_ in ("dobj", "attr") and head == trigger.head)
            or (trigger.dep_ == "conj" and head == trigger.head)):
        return "subject"
    if root.dep_ == "pobj" and head.lower_ == "by":
        return "by-agent"
    if head == trigger and root.dep_ in ("poss", "compound", "amod", "nmod"):
        return "possessor/modifier"
    if root.dep_ in ("nsubj", "nsubjpass") and head in list(trigger.ancestors):
        return "governing subject"
    return "other clause"


def _is_speechy_subject(tok: Token, trigger: Token) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH and \
        tok.head in list(trigger.ancestors)


def _nearest(mentions: list[Any], trigger: Token) -> Any:
    inside = [m for m in mentions
              if trigger.sent.start_char <= m.start < trigger.sent.end_char
              and not (m.start <= trigger.idx < m.end)]
    return min(inside, key=lambda m: min(abs(m.start - trigger.idx), abs(m.end - trigger.idx)),
               default=None)


def reason(doc: Doc, g: Record, p: Record, trigger: Token, mentions: list[Any]) -> str:
    """Why the system went wrong (module docstring)."""
    ga, pa = g.get("actor"), p.get("actor")
    if ga is None:
        return "spurious"
    cands = [m for m in mentions if m.start < ga["end"] and ga["start"] < m.end]
    if pa is None:
        return "not chosen" if cands else "no candidate"
    if overlap(ga, pa) > 0:
        hit = max(cands, key=lambda m: min(m.end, ga["end"]) - max(m.start, ga["start"]),
                  default=None)
        if hit is None:
            return "lookup none"
        return "lookup kb" if hit.actor_id else f"lookup rule:{hit.rule or '?'}"
    speaker = g.get("speaker")
    pspan, gspan = char_span(doc, pa), char_span(doc, ga)
    p_speaks = _same(speaker, pa) or (pspan is not None and _is_speechy_subject(pspan.root,
                                                                               trigger))
    g_speaks = _same(speaker, ga) or (gspan is not None and _is_speechy_subject(gspan.root,
                                                                               trigger))
    if p_speaks and not g_speaks:
        return "speaker for doer"
    if g_speaks and not p_speaks:
        return "doer for speaker"
    if _same(g.get("recipient"), pa):
        return "recipient taken"
    if not cands:
        return "no candidate"
    near = _nearest(mentions, trigger)
    if near is not None and near.start < pa["end"] and pa["start"] < near.end:
        return "nearest entity"
    return "other choice"


def _outcome(ga: Record | None, pa: Record | None) -> str:
    cls = actor_class(ga, pa)
    return "sector" if cls.startswith("sector") else cls


def classify(doc: Doc, g: Record, p: Record, kb: Any) -> Record | None:
    """Outcome, form, relation and reason of one wrong actor (None: no trigger)."""
    tspan = char_span(doc, g["trigger"])
    if tspan is None:
        return None
    trigger = tspan.root
    mentions = list(doc._.actor_mentions or [])
    ga = g.get("actor")
    gspan = char_span(doc, ga) if ga else None
    return {"outcome": _outcome(ga, p.get("actor")),
            "form": form(gspan, kb) if gspan is not None else "none",
            "relation": relation(gspan, trigger, g.get("speaker"), ga)
            if gspan is not None and ga else "none",
            "reason": reason(doc, g, p, trigger, mentions),
            "sentence": trigger.sent.text.strip(), "trigger": g["trigger"]["text"],
            "gold": ga, "pred": p.get("actor")}


def _pipeline(components: tuple[str, ...]) -> Any:
    from eventwire.nlp.pipeline import Pipeline

    return Pipeline(components=components)


def _kb() -> Any:
    from eventwire.stages.actors.kb import load_kb

    return load_kb()


def record_errors(pred_dir: Path, sets: Iterable[str]) -> list[Record]:
    """Every wrong actor of a matched event over the named sets."""
    from eventwire.models import Article

    pipe, kb, out = _pipeline(("eventwire_actors",)), _kb(), []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            art = json.loads(line)
            gold, pred = art["events"], preds.get(str(art["id"]), [])
            pairs = [(gold[gi], pred[pi]) for gi, pi in match_events(gold, pred)
                     if not participant_right(gold[gi].get("actor"), pred[pi].get("actor"))]
            if not pairs:
                continue
            doc = next(pipe.docs([Article(text=art["text"], id=str(art["id"]))]))[1]
            for g, p in pairs:
                row = classify(doc, g, p, kb) if doc is not None else None
                if row is not None:
                    out.append({"set": name, "id": art["id"], "real": is_real(art), **row})
    return out


def _gsr_gold(record: Record) -> Record | None:
    src = record.get("source") or []
    if not src:
        return None
    at = record["text"].find(src[0]["actorText"])
    return None if at < 0 else {"start": at, "end": at + len(src[0]["actorText"]),
                                "text": src[0]["actorText"], "code": src[0].get("code"),
                                "sector": src[0].get("sector")}


def _gsr_outcome(gold: Record, source: Any) -> str:
    """``missing``, ``country`` or ``sector`` as ``eval actors`` scores the
    source (country first; the span is not scored), ``right`` when both hold."""
    from eventwire.eval.actors import _pred_country, code_of, gold_country, gold_sector

    if source is None:
        return "missing"
    pred = {"country": source.country, "sectors": list(source.sectors), "code": code_of(source)}
    if gold_country(gold) and _pred_country(pred) != gold_country(gold):
        return "country"
    if gold_sector(gold) and gold_sector(gold) not in pred["sectors"]:
        return "sector"
    return "right"


def _gsr_reason(doc: Doc, gold: Record, source: Any, trigger: Token) -> str:
    mentions = list(doc._.actor_mentions or [])
    g = {"actor": {k: gold[k] for k in ("start", "end", "text")}}
    pa = None if source is None else {"start": source.start, "end": source.end,
                                      "text": source.text}
    return reason(doc, g, {"actor": pa}, trigger, mentions)


def gsr_errors(path: Path) -> list[Record]:
    """The PLOVER GSR main events whose source is wrong (``eval actors``' roles view)."""
    from eventwire.eval.actors import COMPONENTS
    from eventwire.models import Article
    from eventwire.stages.events.actor_chooser import plover_source
    from eventwire.stages.events.component import main_event

    records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    pipe, kb, out = _pipeline(COMPONENTS), _kb(), []
    arts = [Article(text=r["text"], id=str(r["id"])) for r in records]
    for rec, (_art, doc, _rej) in zip(records, pipe.docs(arts, keep_caches=True), strict=True):
        gold = _gsr_gold(rec)
        main = main_event(list(doc._.events or [])) if doc is not None else None
        if gold is None or doc is None or main is None:
            continue
        source = plover_source(doc, main)
        outcome = _gsr_outcome(gold, source)
        if outcome == "right":
            continue
        trigger = doc.char_span(main.trigger.start, main.trigger.end,
                                alignment_mode="expand").root
        gspan = char_span(doc, gold)
        out.append({"set": "gsr", "id": rec["id"], "real": True, "outcome": outcome,
                    "form": form(gspan, kb) if gspan is not None else "none",
                    "relation": relation(gspan, trigger, None, gold)
                    if gspan is not None else "none",
                    "reason": _gsr_reason(doc, gold, source, trigger),
                    "sentence": rec["text"], "trigger": trigger.text, "gold": gold,
                    "pred": None if source is None else
                    {"text": source.text, "country": source.country,
                     "sectors": list(source.sectors)}})
    return out


def table(rows: list[Record], facet: str) -> str:
    """Counts of one facet (or ``outcome/form/relation/reason``), real / own, sets."""
    keys = facet.split("/")
    counts: Counter[tuple[str, ...]] = Counter()
    real: Counter[tuple[str, ...]] = Counter()
    sets: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for r in rows:
        k = tuple(str(r[f]) for f in keys)
        counts[k] += 1
        real[k] += int(r["real"])
        sets[k].add(r["set"])
    lines = [f"| {' | '.join(keys)} | errors | real | sets |",
             "|" + "---|" * (len(keys) + 3)]
    for k, n in counts.most_common():
        lines.append(f"| {' | '.join(k)} | {n} | {real[k]} | {len(sets[k])} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("pred_dir", type=Path, nargs="?")
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    ap.add_argument("--gsr", type=Path, help="a PLOVER GSR JSONL file instead of the sets")
    ap.add_argument("--real", action="store_true", help="real outlets' texts only")
    ap.add_argument("--json", type=Path, help="write every error here (JSONL)")
    ap.add_argument("--facets", default="outcome,form,relation,reason,form/relation/reason")
    args = ap.parse_args()
    if args.gsr:
        rows = gsr_errors(args.gsr)
    else:
        sets = args.sets.split(",") if args.sets else list(SETS)
        rows = record_errors(args.pred_dir, sets)
    rows = [r for r in rows if r["real"] or not args.real]
    for facet in args.facets.split(","):
        print(f"\n## {facet} ({len(rows)} errors)\n\n{table(rows, facet)}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
