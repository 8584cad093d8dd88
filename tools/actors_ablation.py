"""Per-class ablation and leave-one-set-out check of the actors5 actor classes.

    python tools/actors_ablation.py tests/data/records/rec_{a,b,c,d,e,f,g}.jsonl

Runs ``eventwire eval records --split all`` on every set with the full code
and with each class switched off (a monkeypatch of the function that
implements it), counts the matched events whose actor is right
(``participant_right``), and prints per class and set the events the class
adds. A class is kept in a leave-one-set-out fold when the other sets pooled
gain from it; kept in every fold, the held-out figure of each set is the
full code's.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import eventwire.stages.actors.coref as coref
import eventwire.stages.events.roles as roles
import eventwire.stages.events.verb_roles as verb_roles
from eventwire.app.cli import main as cli
from eventwire.eval.record_fields import match_events, participant_right

# each class: the module and the functions that implement it, and their no-op
SWITCHES: dict[str, list[tuple[Any, str, Callable[..., Any]]]] = {
    "reported_conjunct": [(verb_roles, "reported_conjunct", lambda v: None)],
    "first_person": [(coref, "link_first_person", lambda d, m: None)],
    "evaluated_event": [(roles, "evaluated_event", lambda n: False)],
    "possessor_undergoes": [(roles, "possessor_undergoes", lambda n: None)],
    "in_story_country": [(roles, "in_story_country", lambda d, a: a)],
    "passive_agents": [(verb_roles, "displaced_agent", lambda v: None),
                       (roles, "perpetrator_of_event", lambda n: None)],
}


CLASSES = list(SWITCHES)


def _right(gold_path: str, pred_path: Path) -> int:
    with open(gold_path, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    with open(pred_path, encoding="utf-8") as fh:
        preds = {str(r["id"]): r.get("events", []) for r in map(json.loads, fh)}
    n = 0
    for art in gold:
        g: list[dict[str, Any]] = art.get("events", [])
        p = preds.get(str(art["id"]), [])
        n += sum(participant_right(g[gi].get("actor"), p[pi].get("actor"))
                 for gi, pi in match_events(g, p))
    return n


def _run(sets: list[str], out: Path) -> dict[str, int]:
    found = {}
    for path in sets:
        pred = out / (Path(path).stem + ".jsonl")
        with contextlib.redirect_stdout(io.StringIO()):
            cli(["eval", "records", "--data", path, "--split", "all",
                 "--predictions", str(pred)])
        found[path] = _right(path, pred)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        full = _run(args.sets, Path(tmp))
        names = [Path(s).stem for s in args.sets]
        print("| class | " + " | ".join(names) + " | pooled | kept in every fold |")
        print("|---|" + "---|" * (len(names) + 2))
        for cls in CLASSES:
            saved = [(mod, name, getattr(mod, name)) for mod, name, _ in SWITCHES[cls]]
            for mod, name, noop in SWITCHES[cls]:
                setattr(mod, name, noop)
            off = _run(args.sets, Path(tmp))
            for mod, name, fn in saved:
                setattr(mod, name, fn)
            gain = {s: full[s] - off[s] for s in args.sets}
            total = sum(gain.values())
            kept = all(total - g > 0 for g in gain.values())
            print(f"| {cls} | " + " | ".join(f"{gain[s]:+d}" for s in args.sets)
                  + f" | {total:+d} | {'yes' if kept else 'no'} |")


if __name__ == "__main__":
    main()
