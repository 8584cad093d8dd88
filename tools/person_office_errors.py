"""Actor errors on named people, split by what the text writes right before
the person's first mention (issue #12, branch actors33): counts and set
spread only, no sentences.

    PYTHONPATH=. python tools/person_office_errors.py /work/notes/m40 [--new DIR] \\
        [--field actor] [--sets rec_a,...]

Why: census22's broad class ``right span, wrong resolution`` mixes people
whose office the text states before the name with people it says nothing
about; a rule can fix only the first kind. Each matched event whose gold and
predicted mention overlap, whose prediction is a name (a capitalised word
after the first, or one capitalised word) and is wrong gets the **cue**
before the first mention of the name's last word in the article:

* ``party office``: a party's acronym or a "... Party" name and a party
  office ("PF secretary general X": ``party_offices.PARTY_OFFICE``);
* ``title, state before with a word between``: a title of ``titles.yaml``
  with a state or demonym and a word of tenure between ("Thai acting Prime
  Minister X");
* ``title``: any other title of ``titles.yaml`` right before the name;
* ``office word``: a word naming an office that the table lacks right before
  the name (``OFFICE_WORDS``);
* ``apposition``: nothing before, a comma phrase after ("X, the ...");
* ``nothing``.

With ``--new``, the same errors are looked up in a second run: how many of
each cue it fixed (gains) and how many new errors of that cue it made
(losses), and in which sets.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, overlap, participant_right
from eventwire.stages.actors.party_offices import PARTY_OFFICE
from eventwire.stages.actors.titles import title_before
from tools.topic_folds import set_predictions, set_records

Record = dict[str, Any]
REAL = ("ecbplus:", "geovirus:", "meantime:")
OFFICE_WORDS = re.compile(
    r"\b(?:leader|commissioner|adviser|advisor|minister|governor|gov\.|taoiseach|chief|"
    r"spokesman|spokeswoman|spokesperson|negotiator|councilman|councillor|member|head|"
    r"director|chairman|chairwoman|secretary|official|officer|mp)\s+$", re.IGNORECASE)
TENURE_GAP = re.compile(r"[A-Z][\w'’.-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,2}$")


def named(text: str) -> bool:
    words = text.split()
    return bool(words) and (any(w[:1].isupper() for w in words[1:]) or (
        len(words) == 1 and text[:1].isupper()))


def _first(text: str, p: Record) -> int:
    """Where the name first appears: its full text, or its last word, and a
    word or two before that (a first name: "JB Pritzker", "Sarah Palin").
    Whole words only: "Lee" is not found inside "Leeds"."""
    words = str(p["text"]).split()
    hits = [found.start() for w in (" ".join(words), words[-1])
            if (found := re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text))]
    return min([*hits, int(p["start"])])


def _cue_at(text: str, start: int) -> str | None:
    before = text[max(0, start - 80):start]
    if PARTY_OFFICE.search(before):
        return "party office"
    title = title_before(text, start)
    if title is not None:
        gap = before[: len(before) - (start - title[0])]
        return "title, state before with a word between" if TENURE_GAP.search(gap) \
            else "title"
    if OFFICE_WORDS.search(before):
        return "office word"
    return None


def cue(text: str, p: Record) -> str:
    start = _first(text, p)
    for _back in range(3):  # the name, or one or two capitalised words before it
        found = _cue_at(text, start)
        if found is not None:
            return found
        prev = text.rfind(" ", 0, max(0, start - 1))
        word = text[prev + 1:start].strip()
        if not word[:1].isupper():
            break
        start = prev + 1
    end = _first(text, p) + len(str(p["text"]))
    if re.match(r"^,\s+(?:a|an|the)\s", text[end:end + 8]):
        return "apposition"
    return "nothing"


def errors(pred_dir: Path, sets: list[str], field: str) -> dict[tuple[str, str, int], Record]:
    out = {}
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            for gi, pi in match_events(art["events"], pred):
                g, p = art["events"][gi].get(field), pred[pi].get(field)
                right = participant_right(g, p)
                if not g or not p or overlap(g, p) == 0 or not named(str(p.get("text", ""))):
                    continue
                out[(name, str(art["id"]), gi)] = {
                    "right": right, "cue": cue(art["text"], p),
                    "real": str(art.get("source", "")).startswith(REAL)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--new", type=Path)
    ap.add_argument("--field", choices=["actor", "recipient"], default="actor")
    ap.add_argument("--sets", default=",".join(f"rec_{c}" for c in "abcdefghijklmnopqrstuvwx"))
    args = ap.parse_args()
    sets = args.sets.split(",")
    old = errors(args.pred_dir, sets, args.field)
    new = errors(args.new, sets, args.field) if args.new else {}
    wrong: Counter[str] = Counter()
    real: Counter[str] = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    gains: dict[str, list[str]] = defaultdict(list)
    losses: dict[str, list[str]] = defaultdict(list)
    for key, row in old.items():
        if not row["right"]:
            wrong[row["cue"]] += 1
            real[row["cue"]] += int(row["real"])
            spread[row["cue"]].add(key[0])
            if key in new and new[key]["right"]:
                gains[row["cue"]].append(key[0])
        elif key in new and not new[key]["right"]:
            losses[row["cue"]].append(key[0])
    print("| cue | errors | real | sets | gains (sets) | losses (sets) |")
    print("|---|---|---|---|---|---|")
    for c, n in wrong.most_common():
        print(f"| {c} | {n} | {real[c]} | {len(spread[c])} | {len(gains[c])} "
              f"({len(set(gains[c]))}) | {len(losses[c])} ({len(set(losses[c]))}) |")


if __name__ == "__main__":
    main()
