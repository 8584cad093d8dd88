"""Census of the shipped date ranker's errors by class, real vs own (branch dates12).

    PYTHONPATH=. python tools/train_event_date.py dump tests/data/records/rec_{a..l}.jsonl \\
        --out /tmp/dates12/rows_rules.json
    PYTHONPATH=. python tools/date_ranker_census.py /tmp/dates12/rows_rules.json \\
        tests/data/records/rec_{a..l}.jsonl [--model M] [--show CLASS] [--limit N]

Why: since dates11 the pipeline's date is the ranker's pick
(:mod:`eventwire.stages.time.date_ranking`), not the rules' (the ``current``
candidate of the dump, whose classes ``tools/date_candidate_census.py``
counts). This tool replays the ranker on the dumped rows (in-sample: the
shipped pipeline's dates) and buckets its errors into the classes the
issue names, read off the row's features and the gold event:

* *narrative continuation* — a material past act with no date of its own,
  the text's last date right, ranked unknown (rule 2 of the four rules);
* *statement left undated* — a speech act whose gold date the text offers,
  ranked unknown;
* *undated act dated* — gold unknown, a date given (the background or
  reaction side);
* *other date left undated*, *wrong value*, *wrong granularity*.

Each class is split by which candidate would have held the gold date
("nowhere": no candidate does — a new candidate, not a better choice).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.stages.time.date_ranking import MODEL_PATH, rank
from tools.date_candidate_census import fixer
from tools.date_error_classes import sentence_of

CLASSES = ("narrative continuation", "statement left undated", "other date left undated",
           "undated act dated (own sentence's date)", "undated act dated (time line)",
           "undated act dated (publication)", "undated act dated (other)",
           "wrong granularity", "wrong value")


def gold_times(paths: list[Path]) -> dict[tuple[str, int], tuple[dict[str, Any], str]]:
    """(doc id, gold index) -> (gold time, the trigger's sentence)."""
    out = {}
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                for gi, ev in enumerate(rec["events"]):
                    start = (ev.get("trigger") or {}).get("start", 0)
                    out[(rec["id"], gi)] = (ev.get("time") or {}, sentence_of(rec["text"], start))
    return out


def pick(row: dict[str, Any], model: dict[str, Any]) -> tuple[str | None, str]:
    cands = {k: (v[0], v[1]) if v is not None else None for k, v in row["cands"].items()}
    return rank(row["features"], cands, row["cands"]["publication"][0], model)


def error_class(row: dict[str, Any], chosen: tuple[str | None, str],
                gold: dict[str, Any]) -> str:
    """The class of one wrong pick (see the module docstring)."""
    f, gv = row["features"], gold.get("value")
    names = [k for k, v in row["cands"].items() if v is not None and tuple(v) == chosen]
    if gv is None:
        for src, label in (("sentence", "own sentence's date"), ("clause", "own sentence's date"),
                           ("timeline", "time line"), ("publication", "publication")):
            if src in names:
                return f"undated act dated ({label})"
        return "undated act dated (other)"
    if chosen[0] is None:
        speech = f.get("act=verbal") or f.get("is_speech_verb")
        if speech:
            return "statement left undated"
        if "sent_date=none" in f and row["right"].get("timeline"):
            return "narrative continuation"
        return "other date left undated"
    gs, ps = str(gv), str(chosen[0])
    return "wrong granularity" if gs.startswith(ps) or ps.startswith(gs) else "wrong value"


def census(rows: list[dict[str, Any]], gold: dict[tuple[str, int], tuple[dict[str, Any], str]],
           model: dict[str, Any]) -> tuple[dict[str, dict[str, Counter[str]]],
                                           dict[str, list[str]]]:
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    shown: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        chosen = pick(row, model)
        right = any(row["right"][k] for k, v in row["cands"].items()
                    if v is not None and tuple(v) == chosen)
        g, sent = gold[(row["doc"], row["gi"])]
        for origin in ("real" if row["real"] else "own", "all"):
            table[origin]["matched"]["n"] += 1
            table[origin]["rules right"]["n"] += int(row["right"]["current"])
            if right:
                continue
            cls = error_class(row, chosen, g)
            for key in ("errors", cls):
                table[origin][key][fixer(row)] += 1
                table[origin][key]["n"] += 1
        if not right:
            shown[error_class(row, chosen, g)].append(
                f"{row['set']} {row['doc']}#{row['gi']} gold {g.get('value')}/"
                f"{g.get('granularity')} picked {chosen[0]}/{chosen[1]}: {sent[:220]}")
    return table, shown


def render(table: dict[str, Counter[str]], origin: str) -> str:
    from tools.date_candidate_census import ORDER
    heads = ("n", *ORDER, "nowhere")
    n = table["matched"]["n"]
    lines = [f"### {origin} (matched {n}; ranker right {n - table['errors']['n']}, "
             f"rules right {table['rules right']['n']})",
             "| errors | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    for key in ("errors", *CLASSES):
        if table[key]["n"]:
            lines.append(f"| {key} | " + " | ".join(str(table[key][h]) for h in heads) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path)
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--model", type=Path, default=MODEL_PATH)
    ap.add_argument("--show", default=None, help="print the sentences of one class")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args(argv)
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    model = json.loads(args.model.read_text(encoding="utf-8"))
    table, shown = census(rows, gold_times(args.gold), model)
    for origin in ("real", "own", "all"):
        print(render(table[origin], origin) + "\n")
    if args.show:
        print("\n".join(shown[args.show][:args.limit]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
