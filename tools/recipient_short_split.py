"""The events that only their recipient keeps from a full record, split one
level finer (issue #12, branch recip33): counts and set spread only, no
sentence.

    PYTHONPATH=. python tools/records_by_origin.py --out DIR
    PYTHONPATH=. python tools/recipient_ranker_collect.py --out OPTIONS.json \\
        tests/data/records/rec_{a..x}.jsonl --gsr ../shared/data/plover_gsr/dev.jsonl
    PYTHONPATH=. python tools/recipient_short_split.py DIR [--options OPTIONS.json] \\
        [--sets rec_a,...] [--all-errors] [--governor] [--nominal]

Why: of the matched development events exactly one field short of a full
record, the recipient is the field most often the one (557 at m40). A rule
needs a sub-class that is broad over the sets; this prints, for every
matched event whose only wrong field is the recipient (``--all-errors``:
every recipient error), three axes:

* **outcome** (``recipient_errors.outcome``, grouped as the brief asks):
  ``predicted none`` (gold set, none predicted), ``gold none`` (spurious),
  ``wrong span``, ``right span, wrong code`` (country, sector or none);
* **construction** (``recipient_errors.construction`` of the gold mention,
  of the predicted one when gold has none): object, ``prep:X``, possessor,
  passive subject, coordinated, relative clause, other sentence ...;
* **governor** (recip34, ``--governor``): the word the mention hangs from,
  one level finer than the construction -- a noun it is the possessor or
  preposition object of, as ``noun:LEMMA`` ("release" in "demanded the
  release of X", "attack" in "condemned the attack on X"), or else its
  dependency on the trigger as ``TRIGGER_LEMMA:DEP`` ("charge:nsubjpass");
* **nominal cause** (recip35, ``--nominal``): for a harm, arrest or court
  trigger that is a noun ("the killing of X", "his arrest", "the police
  shooting of X", "Shooting of X" in a headline), the parse cause that ties
  the gold recipient (the predicted one when gold has none) to it -- ``of
  on trigger`` (the "of" phrase hangs from the trigger), ``of elsewhere``
  ("the killing by police of X": "of X" under another word), ``possessive
  pronoun`` / ``possessive noun`` ("his arrest", "the man's arraignment"),
  ``compound``, ``relative whose``, ``appositive``, ``other``; prefixed
  ``headline`` when the trigger is on the text's first line and marked
  ``[VERB]`` when the noun is tagged a verb ("the police shooting");
* **code** (recip36, ``--codes``): for a right span with a wrong code,
  which code is wrong -- ``country: the actor's`` (the predicted country is
  the event actor's), ``country: none``, ``country: other``, or ``sector
  GOLD -> PREDICTED`` (the predicted sectors joined by "+"), marked
  ``[crime group near]`` when a gang, cartel or mafia word stands within
  ``crime_suspects.WINDOW`` characters of the mention
  (``crime_suspects.near_crime_group``);
* **country source** (recip37, ``--country-source``): for a right span
  with a wrong country, where the text names the gold country (the
  mention's own phrase, elsewhere in it, the same sentence, an earlier
  one, later only, not named) and whether the predicted country is the
  actor's (``tools/country_source.py``);
* **option** (only with ``--options``, the rows of
  ``tools/recipient_ranker_collect.py``): whether the recipient stage had
  the right answer among its options at all -- ``no right option`` (a
  candidate the stage never builds, or one it codes wrongly), ``right
  option: SRC/RULE`` (the option the rules or the ranker passed over, by
  source and mention rule), ``not collected`` (no options row for the
  trigger).

Per cell: errors, real / own (real = an ``ecbplus:``, ``geovirus:`` or
``meantime:`` source) and the sets it falls in.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.eval.record_fields import field_results, match_events
from eventwire.stages.events.crime_suspects import near_crime_group
from tools.country_source import country_source
from tools.recipient_errors import construction, outcome
from tools.topic_folds import SETS, is_real, set_predictions, set_records

Record = dict[str, Any]
# set, group, outcome, construction, option, governor, nominal cause, code,
# country source
Row = tuple[str, str, str, str, str, str, str, str, str]
GROUPS = {"missing": "predicted none", "spurious": "gold none", "wrong entity": "wrong span"}
HARM_TYPES = {"ASSAULT", "COERCE", "ACCUSE", "SANCTION"}


def outcome_group(g: Record | None, p: Record | None) -> str:
    """The brief's four outcomes (``right`` for a right recipient)."""
    oc = outcome(g, p)
    return GROUPS.get(oc, "right span, wrong code" if oc.startswith("resolution") else oc)


def option_class(row: Record | None) -> str:
    """Whether an options row held a right option, and which."""
    if row is None:
        return "not collected"
    right = [i for i, ok in enumerate(row["labels"]) if ok and i > 0]
    if not right:
        return "no right option"
    feats = row["features"][right[0]]
    src = next((f[4:] for f in feats if f.startswith("src=")), "?")
    rule = next((f[5:] for f in feats if f.startswith("rule=")), "?")
    return f"right option: {src}/{rule}" + (" (extra)" if "extra" in feats else "")


def governor(doc: Doc, trigger: Record, m: Record) -> str:
    """The noun the mention hangs from (through prepositions and
    possessives), or the trigger's lemma and the mention's dependency."""
    tspan = doc.char_span(int(trigger["start"]), int(trigger["end"]), alignment_mode="expand")
    mspan = doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
    if tspan is None or mspan is None:
        return "unaligned"
    t, tok = tspan.root, mspan.root
    cur = tok.head
    while cur.dep_ == "prep" and cur.head != cur:
        cur = cur.head
    if cur != t and cur.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "poss"):
        return f"noun:{cur.lemma_.lower()}"
    if tok.head == t:
        return f"{t.lemma_.lower()}:{tok.dep_}"
    return f"{t.lemma_.lower()}:other"


def is_nominal(t: Token) -> bool:
    """A trigger that is a noun: tagged one, or a gerund with a determiner,
    possessor, compound or adjective ("the police shooting")."""
    return t.pos_ in ("NOUN", "PROPN") or (t.tag_ == "VBG" and any(
        c.dep_ in ("det", "poss", "compound", "amod") for c in t.children))


def _tie(t: Token, tok: Token) -> str:
    """How the mention's root hangs from a nominal trigger."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return "of on trigger" if tok.head.head == t else "of elsewhere"
    if tok.dep_ == "poss" and tok.head == t:
        return "possessive pronoun" if tok.pos_ == "PRON" else "possessive noun"
    if tok.dep_ == "compound" and tok.head == t:
        return "compound"
    if tok.dep_ == "appos" or tok.head.dep_ == "appos":
        return "appositive"
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in t.children):
        return "relative whose"
    return "other"


def nominal_cause(doc: Doc, trigger: Record, m: Record, etype: str) -> str:
    """The parse cause of a nominal harm trigger's recipient ("-" for any
    other trigger)."""
    tspan = doc.char_span(int(trigger["start"]), int(trigger["end"]), alignment_mode="expand")
    mspan = doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
    if tspan is None or mspan is None or etype not in HARM_TYPES or not is_nominal(tspan.root):
        return "-"
    t = tspan.root
    cause = _tie(t, mspan.root)
    if "\n" not in doc.text[:t.idx]:
        cause = f"headline {cause}"
    return cause + (" [VERB]" if t.pos_ == "VERB" else "")


def code_class(doc: Doc, g: Record, p: Record) -> str:
    """Which code of a right-span recipient is wrong ("-" for any other
    outcome): the country (the actor's, none, another) or the sector."""
    gr, pr = g.get("recipient"), p.get("recipient")
    oc = outcome(gr, pr)
    if not oc.startswith("resolution") or gr is None or pr is None:
        return "-"
    if oc != "resolution: sector":
        if not pr.get("country"):
            return "country: none"
        own = (p.get("actor") or {}).get("country") == pr.get("country")
        return "country: the actor's" if own else "country: other"
    sectors = "+".join(pr.get("sectors") or []) or "none"
    near = near_crime_group(doc, int(pr["start"]), int(pr["end"]))
    return f"sector {gr.get('sector')} -> {sectors}" + (" [crime group near]" if near else "")


def load_options(path: Path | None) -> dict[tuple[str, str, int], Record] | None:
    """The collector's record rows by (set, article id, trigger offset)."""
    if path is None:
        return None
    rows = json.loads(path.read_text(encoding="utf-8"))["records"]
    return {(r["set"], str(r["article"]), int(r["trigger"])): r for r in rows}


def only_recipient(g: Record, p: Record) -> bool:
    """The recipient is the one field of the matched pair that is wrong."""
    return [k for k, ok in field_results(g, p).items() if not ok] == ["recipient"]


def split(nlp: Language, pred_dir: Path, sets: list[str],
          options: dict[tuple[str, str, int], Record] | None, all_errors: bool) -> list[Row]:
    """One row per recipient error of the chosen kind."""
    out: list[Row] = []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            pairs = [(art["events"][gi], pred[pi]) for gi, pi in match_events(art["events"], pred)]
            pairs = [(g, p) for g, p in pairs if outcome(g.get("recipient"), p.get("recipient"))
                     != "right" and (all_errors or only_recipient(g, p))]
            if not pairs:
                continue
            doc = nlp(art["text"])
            group = "real" if is_real(art) else "own"
            for g, p in pairs:
                gr, pr = g.get("recipient"), p.get("recipient")
                m = gr if gr is not None else pr
                cons = construction(doc, g["trigger"], m) if m is not None else "-"
                opt = "-" if options is None else option_class(
                    options.get((name, str(art["id"]), int(p["trigger"]["start"]))))
                gov = governor(doc, g["trigger"], m) if m is not None else "-"
                nom = nominal_cause(doc, g["trigger"], m, g["type"]) if m is not None else "-"
                code = code_class(doc, g, p)
                src = country_source(doc, g, p) if code.startswith("country") else "-"
                out.append((name, group, outcome_group(gr, pr), cons, opt, gov, nom, code, src))
    return out


def table(rows: list[Row], axis: int, title: str, top: int) -> None:
    """Errors per (outcome, axis value): count, real / own, sets."""
    counts: Counter[tuple[str, str]] = Counter((r[2], r[axis]) for r in rows)
    real: Counter[tuple[str, str]] = Counter((r[2], r[axis]) for r in rows if r[1] == "real")
    sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        sets[(r[2], r[axis])].add(r[0])
    print(f"| outcome | {title} | errors | real / own | sets |")
    print("|---|---|---|---|---|")
    for key, n in counts.most_common(top):
        names = ",".join(s[-1] for s in sorted(sets[key]))
        print(f"| {key[0]} | {key[1]} | {n} | {real[key]} / {n - real[key]} "
              f"| {len(sets[key])} {names} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--options", type=Path, help="tools/recipient_ranker_collect.py --out")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--all-errors", action="store_true",
                    help="every recipient error, not only the events it alone keeps short")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--governor", action="store_true",
                    help="also split by the word the mention hangs from (recip34)")
    ap.add_argument("--nominal", action="store_true",
                    help="also split nominal harm triggers by parse cause (recip35)")
    ap.add_argument("--codes", action="store_true",
                    help="also split right-span errors by the wrong code (recip36)")
    ap.add_argument("--country-source", action="store_true",
                    help="also split wrong countries by where the right one is named (recip37)")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    rows = split(nlp, args.pred_dir, args.sets.split(","), load_options(args.options),
                 args.all_errors)
    outcomes: Counter[str] = Counter(r[2] for r in rows)
    print(f"{len(rows)} errors: " + ", ".join(f"{k} {v}" for k, v in outcomes.most_common()))
    print()
    table(rows, 3, "construction", args.top)
    if args.options is not None:
        table(rows, 4, "option", args.top)
    if args.governor:
        table(rows, 5, "governor", args.top)
    if args.nominal:
        table([r for r in rows if r[6] != "-"], 6, "nominal cause", args.top)
    if args.codes:
        table([r for r in rows if r[7] != "-"], 7, "code", args.top)
    if args.country_source:
        table([r for r in rows if r[8] != "-"], 8, "country source", args.top)


if __name__ == "__main__":
    main()
