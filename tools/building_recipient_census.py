"""Recipient errors whose phrase is a building or site, by head group and
outcome (issue #12, sites48).

    PYTHONPATH=. python tools/recipient_fresh_census.py RUN --dump ROWS.jsonl
    PYTHONPATH=. python tools/building_recipient_census.py ROWS.jsonl [--examples GROUP]

Why: recip46 found buildings and sites acted on the largest recipient class
with a head in common, but its verb classes held in two sets at most; the
building's sector is what it stands for, named by its head noun, so the
class is cut by the head noun of the gold mention (the predicted one for a
spurious recipient). Each group is printed with its outcomes (missing,
wrong sector, wrong country, wrong entity, spurious), real / own and the
number of sets, so that a rule is taken only from groups in >= 3 sets.
Institution words that name an actor rather than a building (court,
council, agency, parliament without "building") are left out.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict

GROUPS: dict[str, tuple[str, ...]] = {
    "hotel / shop / business": ("hotel", "shop", "store", "restaurant", "supermarket",
                                "market", "mall", "factory", "branch", "warehouse", "bar"),
    "police or border post / station": ("post", "station", "checkpoint", "precinct"),
    "base / camp / barracks": ("base", "camp", "barracks", "outpost", "garrison"),
    "office / official building": ("office", "offices", "ministry", "embassy", "consulate",
                                   "residence", "palace", "headquarters", "capitol", "centre"),
    "church / mosque / temple": ("church", "mosque", "temple", "synagogue"),
    "school / hospital / clinic": ("school", "university", "hospital", "clinic"),
    "home / house": ("home", "homes", "house", "houses"),
    "the building / compound (generic)": ("building", "buildings", "compound", "premises",
                                          "facility", "site"),
}
HEAD = {w: g for g, words in GROUPS.items() for w in words}
WORD = re.compile(r"[A-Za-z]+")


def group_of(row: dict) -> str | None:  # type: ignore[type-arg]
    """The building group of the row's gold mention (predicted if none)."""
    mention = row.get("gold") or row.get("pred")
    if not mention:
        return None
    words = [w.lower() for w in WORD.findall(mention["text"])]
    hits = [HEAD[w.rstrip("s") if w.rstrip("s") in HEAD else w] for w in words
            if w in HEAD or w.rstrip("s") in HEAD]
    return hits[-1] if hits else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rows")
    ap.add_argument("--examples", default=None)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    cells: Counter[tuple[str, str]] = Counter()
    sets: dict[str, set[str]] = defaultdict(set)
    real: Counter[str] = Counter()
    for row in rows:
        group = group_of(row)
        if group is None:
            continue
        cells[(group, row["outcome"])] += 1
        sets[group].add(row["set"])
        real[group] += row["group"] == "real"
        if args.examples and args.examples in group:
            print(row["set"], row["group"], row["outcome"], row["trigger"], "|",
                  row["gold"] and row["gold"]["text"], "|", row["pred"] and row["pred"]["text"])
    outcomes = sorted({o for _, o in cells})
    print("| group | errors | real | sets | " + " | ".join(outcomes) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(outcomes))
    for group in sorted(sets, key=lambda g: -sum(cells[(g, o)] for o in outcomes)):
        total = sum(cells[(group, o)] for o in outcomes)
        print(f"| {group} | {total} | {real[group]} | {len(sets[group])} | "
              + " | ".join(str(cells[(group, o)]) for o in outcomes) + " |")


if __name__ == "__main__":
    main()
