"""Which sectors are confused, for actors or recipients whose span and
country are right (issue #12, branch roles32): counts and set spread only.

    PYTHONPATH=. python tools/sector_confusions.py /work/notes/m39 [--field recipient] \\
        [--sets rec_a,...] [--top 30]

Why: census22's broad actor class ``right span, wrong resolution: sector``
(250 errors, 23 sets) mixes unlike errors; a fix needs one confusion and
one kind of mention spread over many sets. Every matched event whose gold
and predicted mention overlap, whose country is right and whose gold
sector is not among the predicted ones gets a row ``gold sector ->
predicted sectors`` and a mention **kind** (``pronoun``, ``named``: a
capitalised word after the first, ``role noun`` otherwise). No parse, no
sentence: the predictions and the gold records only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, overlap, participant_right
from tools.actor_errors import PRONOUNS, ROLE_NOUNS, is_real

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]


def kind(text: str) -> str:
    """pronoun, named (a capitalised word after the first, or one
    capitalised word that is no role noun) or role noun. The pronoun and
    role-noun lists are ``actor_errors``' (review57: a second pronoun list
    here missed "our"; a sentence-initial "Police" was counted as named)."""
    words = text.split()
    if text.lower() in PRONOUNS:
        return "pronoun"
    return "named" if any(w[:1].isupper() for w in words[1:]) or (
        len(words) == 1 and text[:1].isupper() and text.lower() not in ROLE_NOUNS) \
        else "role noun"


def confusion(g: Record | None, p: Record | None) -> str | None:
    """"GOLD -> PRED" for a sector error on the right span and country."""
    if not g or not p or overlap(g, p) == 0 or not g.get("country") \
            or p.get("country") != g["country"] or participant_right(g, p):
        return None
    pred = "/".join(p.get("sectors") or ([p["sector"]] if p.get("sector") else [])) or "-"
    return f"{g.get('sector')} -> {pred}"


def rows(pred_dir: Path, sets: list[str], field: str) -> list[tuple[str, str, str, str]]:
    """(set, group, confusion, kind) of every sector error of ``field``."""
    out = []
    for name in sets:
        preds = {str(r["id"]): r.get("events", []) for r in json.loads(
            (pred_dir / f"{name}.pred.json").read_text(encoding="utf-8"))}
        path = ROOT / "tests" / "data" / "records" / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            art = json.loads(line)
            group = "real" if is_real(art) else "own"
            pred = preds.get(str(art["id"]), [])
            for gi, pi in match_events(art["events"], pred):
                g = art["events"][gi].get(field)
                c = confusion(g, pred[pi].get(field))
                if c is not None and g is not None:
                    out.append((name, group, c, kind(str(g.get("text", "")))))
    return out


def table(found: list[tuple[str, str, str, str]], top: int) -> None:
    counts: Counter[tuple[str, str]] = Counter((r[2], r[3]) for r in found)
    real: Counter[tuple[str, str]] = Counter((r[2], r[3]) for r in found if r[1] == "real")
    sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in found:
        sets[(r[2], r[3])].add(r[0])
    print("| confusion | mention | errors | real / own | sets | largest set (share) |")
    print("|---|---|---|---|---|---|")
    for key, n in counts.most_common(top):
        per = Counter(r[0] for r in found if (r[2], r[3]) == key)
        big, m = per.most_common(1)[0]
        print(f"| {key[0]} | {key[1]} | {n} | {real[key]} / {n - real[key]} | {len(sets[key])} "
              f"| {big} ({m / n:.2f}) |")
    print(f"| **all** | | {len(found)} | {sum(r[1] == 'real' for r in found)} / "
          f"{sum(r[1] == 'own' for r in found)} | | |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--field", choices=["actor", "recipient"], default="actor")
    ap.add_argument("--sets", default=",".join(f"rec_{c}" for c in "abcdefghijklmnopqrstuvw"))
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    table(rows(args.pred_dir, args.sets.split(","), args.field), args.top)


if __name__ == "__main__":
    main()
