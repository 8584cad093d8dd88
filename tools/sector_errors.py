"""Actor and recipient *resolution* errors (the right mention, wrong codes)
of ``eventwire eval records``, split by what the article offers about who
the mention is and by how eventwire resolved it.

    eventwire eval records --data tests/data/records/rec_h.jsonl --split all \
        --predictions /tmp/pred_h.jsonl
    python tools/sector_errors.py tests/data/records/rec_h.jsonl:/tmp/pred_h.jsonl \
        [more gold:pred pairs] [--real] [--examples TEXT] [--limit N]

A resolution error is a matched event whose gold and predicted mention
overlap but ``participant_right`` fails. Its **kind**: ``country`` (the
predicted country differs from a given gold country), ``sector`` (the
country is right, the gold sector is not among the predicted ones).

Its **evidence** (read from the spaCy parse at the gold mention, then, for a
person, at every other mention of the same last name: "(other mention)"):
``title`` (a person's title right before the name), ``apposition`` ("X, a
spokesman for ..."), ``relative clause`` ("X, who heads ..."), ``of ORG``
("X of the ruling party"), ``role noun`` (the name is the subject of a
copula: "X is the army chief"), ``pronoun`` (he, they, its), ``nothing``
(a person or proper name the text says nothing about), ``not a person`` (a
body, group or state described with common nouns and tagged no PERSON).

Its **resolution**: the rule of eventwire's actor mention at the predicted
span (``kb``, ``kb-dated``, ``ner-PERSON+private+home``, ``compound``, ...,
``none`` when no mention covers it), cut to its first two parts.

The table prints, per field, kind x evidence with counts on own texts and on
real-outlet texts (sources ``ecbplus:``, ``geovirus:``, ``meantime:``) and
the sets they occur in; then the resolutions of the largest cells.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.eval.record_fields import match_events, overlap, participant_right
from eventwire.models import ActorMention, Article
from eventwire.stages.actors.titles import title_before
from tools.topic_folds import is_real

Record = dict[str, Any]
PRONOUNS = {"he", "she", "him", "her", "his", "it", "its", "they", "them", "their", "we",
            "our", "i", "us"}
FIELDS = ("actor", "recipient")


@dataclass(frozen=True)
class ResolutionError:
    """One wrong-code participant: where, what kind, the evidence, the rule."""

    set_name: str
    article: str
    real: bool
    field: str
    kind: str
    evidence: str
    resolution: str
    gold: Record
    pred: Record


def read(path: str) -> list[Record]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _copula_subject(root: Token) -> bool:
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
        c.dep_ == "attr" for c in root.head.children)


def _evidence_at(doc: Doc, span: Span) -> str | None:
    """The first kind of description the text gives right at ``span``."""
    root = span.root
    if title_before(doc.text, span.start_char) is not None:
        return "title"
    kids = list(root.children)
    if any(c.dep_ == "appos" for c in kids) or root.dep_ == "appos":
        return "apposition"
    if any(c.dep_ == "relcl" for c in kids):
        return "relative clause"
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from") and
           any(g.ent_type_ in ("ORG", "NORP", "GPE") for g in c.subtree) for c in kids):
        return "of ORG"
    if _copula_subject(root):
        return "role noun"
    return None


def _other_mentions(doc: Doc, span: Span) -> Iterable[Span]:
    """Every other place the last word of the name stands in the text."""
    last = span[-1].text
    for tok in doc:
        if tok.text == last and not (span.start <= tok.i < span.end):
            ents = [e for e in doc.ents if e.start <= tok.i < e.end]
            yield ents[0] if ents else doc[tok.i:tok.i + 1]


def evidence(doc: Doc, m: Record) -> str:
    """What the article says about who the mention is (first class found)."""
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None:
        return "nothing"
    if len(span) == 1 and span[0].lower_ in PRONOUNS:
        return "pronoun"
    found = _evidence_at(doc, span)
    if found:
        return found
    # a bare surname the NER misreads ("Berg resigned") is still a name
    name = all(t.pos_ == "PROPN" for t in span)
    if not any(t.ent_type_ == "PERSON" for t in span) and not name:
        return "not a person"
    for other in _other_mentions(doc, span):
        found = _evidence_at(doc, other)
        if found:
            return f"{found} (other mention)"
    return "nothing"


def resolution(mentions: list[ActorMention], p: Record) -> str:
    """The rule of the actor mention at the predicted span (first two parts)."""
    covering = [m for m in mentions if m.start <= p["start"] < m.end or
                p["start"] <= m.start < p["end"]]
    if not covering:
        return "none"
    best = min(covering, key=lambda m: abs(m.start - p["start"]) + abs(m.end - p["end"]))
    return "+".join(best.rule.split("+")[:2])


def _published(art: Record) -> date | None:
    value = art.get("published")
    return date.fromisoformat(str(value)[:10]) if value else None


def errors_of(doc: Doc, art: Record, pred: list[Record], set_name: str
              ) -> list[ResolutionError]:
    """The resolution errors of one article (``doc`` parsed with the actor stage)."""
    gold = art.get("events", [])
    real = is_real(art)
    mentions = list(doc._.actor_mentions)
    out = []
    for gi, pi in match_events(gold, pred):
        for field in FIELDS:
            g, p = gold[gi].get(field), pred[pi].get(field)
            if g is None or p is None or participant_right(g, p) or overlap(g, p) == 0:
                continue
            kind = "country" if p.get("country") != g.get("country") else "sector"
            out.append(ResolutionError(set_name, str(art["id"]), real, field, kind,
                                       evidence(doc, g), resolution(mentions, p), g, p))
    return out


def errors(pipe: Any, gold_path: str, pred_path: str, real_only: bool
           ) -> list[ResolutionError]:
    name = gold_path.rsplit("/", 1)[-1].removesuffix(".jsonl")
    preds = {str(r["id"]): r.get("events", []) for r in read(pred_path)}
    arts = [a for a in read(gold_path) if not real_only or
            is_real(a)]
    articles = [Article(text=a["text"], id=str(a["id"]), title=a.get("title"),
                        outlet=a.get("outlet"), published=_published(a)) for a in arts]
    out: list[ResolutionError] = []
    for art, (_, doc, reject) in zip(arts, pipe.docs(articles), strict=True):
        if doc is None:
            raise RuntimeError(f"{art['id']}: {reject}")
        out += errors_of(doc, art, preds.get(str(art["id"]), []), name)
    return out


def table(rows: list[ResolutionError]) -> list[str]:
    """Markdown rows: kind | evidence | own | real | all | sets."""
    lines = ["| kind | evidence | own | real | all | sets |", "|---|---|---|---|---|---|"]
    cells = Counter((r.kind, r.evidence) for r in rows)
    for (kind, ev), n in cells.most_common():
        here = [r for r in rows if (r.kind, r.evidence) == (kind, ev)]
        real = sum(r.real for r in here)
        sets = "".join(sorted({r.set_name[-1] for r in here}))
        lines.append(f"| {kind} | {ev} | {n - real} | {real} | {n} | {sets} |")
    return lines


def resolutions(rows: list[ResolutionError], top: int = 6) -> list[str]:
    """For the largest cells, how eventwire resolved the mention."""
    out = []
    for (kind, ev), _ in Counter((r.kind, r.evidence) for r in rows).most_common(top):
        rules = Counter(r.resolution for r in rows if (r.kind, r.evidence) == (kind, ev))
        out.append(f"{kind}/{ev}: " + ", ".join(f"{k} {n}" for k, n in rules.most_common(6)))
    return out


def _example(r: ResolutionError) -> str:
    return (f"[{r.article}] {r.kind}/{r.evidence} ({r.resolution}): {r.gold['text']!r} gold "
            f"{r.gold.get('country')} {r.gold.get('sector')} pred {r.pred.get('country')} "
            f"{r.pred.get('sectors')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("pairs", nargs="+", help="GOLD.jsonl:PREDICTIONS.jsonl")
    ap.add_argument("--real", action="store_true", help="real-outlet articles only")
    ap.add_argument("--examples", help="print errors whose kind/evidence/rule contain this")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_actors",))
    rows: list[ResolutionError] = []
    for pair in args.pairs:
        gold, pred = pair.split(":")
        rows += errors(pipe, gold, pred, args.real)
    for field in FIELDS:
        mine = [r for r in rows if r.field == field]
        print(f"\n## {field}: {len(mine)} resolution errors")
        print("\n".join(table(mine)))
        print("\n".join(resolutions(mine)))
        if args.examples:
            label = [r for r in mine
                     if args.examples in f"{r.kind}/{r.evidence} ({r.resolution})"]
            print("\n".join(_example(r) for r in label[:args.limit]))


if __name__ == "__main__":
    main()
