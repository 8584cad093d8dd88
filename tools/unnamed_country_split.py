"""The country of unnamed people, actor and recipient, split one level finer
(issue #12, branch people34): counts and set spread only, no sentence.

    PYTHONPATH=. python tools/records_by_origin.py --out DIR
    PYTHONPATH=. python tools/unnamed_country_split.py DIR [--sets rec_a,...]

Why: recip33 found that among the matched events whose recipient alone is
wrong, one broad class has the right words and the wrong country: unnamed
people ("two farmers", "residents", "the victims", "a woman") whose country
we take from the other party or the story's home where gold takes the
country of the place of the act; actors33 saw the same on the actor side.
This prints, for every matched event whose actor or recipient is an
unnamed civilian (a predicted CVL mention with no capitalised word after
its first, gold CVL or no sector) with the right span and a wrong country:

* **place**: where the event's predicted place comes from -- ``sentence``
  (its trigger, clause, sentence or scene), ``dateline``, ``focus`` (the
  article's focus only), ``none``;
* **place country**: whether the country of that place (the gazetteer
  entry of its name nearest its point, within ``NEAR_KM``) is gold's
  (``place = gold``), another (``place other``) or unknown;
* **wrong from**: where the predicted country seems to come from -- the
  event's other party (same country), the story's home (the article's most
  frequent predicted country), or ``elsewhere`` (a demonym, the KB).

Per cell: errors, real / own (real = an ``ecbplus:``, ``geovirus:`` or
``meantime:`` source) and the sets it falls in.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import km_between, match_events, participant_right
from tools.topic_folds import SETS, is_real, set_predictions, set_records

Record = dict[str, Any]
Row = tuple[str, str, str, str, str, str]  # set, group, field, place, place country, from
NEAR_KM = 30.0
LOCAL = {"trigger": "sentence", "clause": "sentence", "sentence": "sentence",
         "scene": "sentence", "dateline": "dateline", "focus": "focus"}
FIELDS = (("actor", "recipient"), ("recipient", "actor"))


def unnamed(m: Record) -> bool:
    """A predicted civilian named by common words: CVL among its sectors and
    no capitalised word after its first ("two farmers", "Residents")."""
    sectors = set(m.get("sectors") or []) | {m.get("sector")}
    return "CVL" in sectors and not any(w[:1].isupper() for w in str(m["text"]).split()[1:])


def place_class(place: Record | None) -> str:
    """The source of the event's place, in the split's four values."""
    return "none" if place is None else LOCAL.get(str(place.get("basis")), "sentence")


def place_country(place: Record | None, candidates: Callable[[str], list[Any]]) -> str | None:
    """The country of the gazetteer entry of the place's name nearest its
    point (``None`` when none lies within ``NEAR_KM``)."""
    if place is None or place.get("lat") is None or not place.get("text"):
        return None
    near = [c for c in candidates(str(place["text"]))
            if km_between({"lat": c.lat, "lon": c.lon}, place) <= NEAR_KM]
    return str(near[0].country) if near else None


def wrong_from(p: Record, other: Record | None, home: str | None) -> str:
    """Where the predicted country seems to come from."""
    if other is not None and other.get("country") == p.get("country"):
        return "other party"
    return "story home" if p.get("country") == home else "elsewhere"


def story_home(events: list[Record]) -> str | None:
    """The article's most frequent predicted country of actor or recipient."""
    found = Counter(m["country"] for e in events for m in (e.get("actor"), e.get("recipient"))
                    if m and m.get("country"))
    return found.most_common(1)[0][0] if found else None


def event_rows(name: str, group: str, g: Record, p: Record, home: str | None,
               candidates: Callable[[str], list[Any]]) -> list[Row]:
    """The split's rows of one matched pair (at most one per field)."""
    out: list[Row] = []
    for field, other in FIELDS:
        gm, pm = g.get(field), p.get(field)
        if gm is None or pm is None or participant_right(gm, pm) or not gm.get("country"):
            continue
        if pm.get("country") == gm["country"] or gm.get("sector") not in ("CVL", None):
            continue
        if not unnamed(pm) or min(int(gm["end"]), int(pm["end"])) <= max(
                int(gm["start"]), int(pm["start"])):
            continue
        plc = place_country(p.get("place"), candidates)
        where = "unknown" if plc is None else ("place = gold" if plc == gm["country"]
                                               else "place other")
        out.append((name, group, field, place_class(p.get("place")), where,
                    wrong_from(pm, p.get(other), home)))
    return out


def split(pred_dir: Path, sets: list[str], candidates: Callable[[str], list[Any]]) -> list[Row]:
    """Rows over the chosen sets."""
    out: list[Row] = []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            home = story_home(pred)
            group = "real" if is_real(art) else "own"
            for gi, pi in match_events(art["events"], pred):
                out.extend(event_rows(name, group, art["events"][gi], pred[pi], home,
                                      candidates))
    return out


def table(rows: list[Row], key: Callable[[Row], str], title: str) -> None:
    """Errors per value of ``key``: count, real / own, sets."""
    counts: Counter[str] = Counter(key(r) for r in rows)
    real: Counter[str] = Counter(key(r) for r in rows if r[1] == "real")
    sets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sets[key(r)].add(r[0])
    print(f"| {title} | errors | real / own | sets |")
    print("|---|---|---|---|")
    for k, n in counts.most_common():
        names = ",".join(s[-1] for s in sorted(sets[k]))
        print(f"| {k} | {n} | {real[k]} / {n - real[k]} | {len(sets[k])} {names} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--sets", default=",".join(SETS))
    args = ap.parse_args()
    from eventwire.stages.geo.gazetteer import gazetteer

    rows = split(args.pred_dir, args.sets.split(","), gazetteer().candidates)
    print(f"{len(rows)} unnamed people with the right words and a wrong country")
    print()
    table(rows, lambda r: r[2], "field")
    table(rows, lambda r: f"{r[2]}, {r[3]}", "field, place")
    table(rows, lambda r: f"{r[2]}, {r[3]}, {r[4]}", "field, place, place country")
    table(rows, lambda r: f"{r[2]}, {r[5]}", "field, wrong country from")


if __name__ == "__main__":
    main()
