"""Found toponyms placed more than 161 km off, split by what the prediction
is (issue #13, geo13).

    PYTHONPATH=. python tools/geo_point_classes.py GOLD.jsonl PREDICTIONS.jsonl

PREDICTIONS is the file ``eventwire eval geo --predictions`` writes. Each
found gold toponym (``eval.geo.match``) is put in the class of its
prediction: the gazetteer feature of its id (country, admin1, continent,
town/other), a curated region (negative id), or no id (vicinity/none).

Why: on GeoVirus most of the errors are countries and continents at the
right id but a different point (Wikipedia's centre in the gold, GeoNames'
point in eventwire); this split keeps that convention apart from real
resolution errors, and prints acc@161 without the country/continent/region
level picks.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eventwire.eval.geo import ACCURACY_KM, error_km, match
from eventwire.stages.geo.gazetteer import gazetteer

AREA_CLASSES = ("country", "continent", "curated region")


def point_class(pred: dict[str, object]) -> str:
    """The class of a prediction (module docstring)."""
    if pred.get("geonameid") is None:
        return "no id (vicinity/none)"
    place = gazetteer().get(int(str(pred["geonameid"])))
    if place is None:
        return "curated region"
    return place.feature if place.feature in ("country", "admin1", "continent") else "town/other"


def main(gold_path: Path, pred_path: Path) -> None:
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        row = json.loads(line)
        preds[row["doc_id"]] = row["toponyms"]
    found: Counter[str] = Counter()
    off: Counter[str] = Counter()
    for line in open(gold_path, encoding="utf-8"):
        record = json.loads(line)
        for gold in record["toponyms"]:
            pred = match(gold, preds.get(record["doc_id"], []))
            if pred is None:
                continue
            name = point_class(pred)
            found[name] += 1
            off[name] += error_km(gold, pred) > ACCURACY_KM
    for name, n in found.most_common():
        print(f"{name:24} found {n:5}  >161 km {off[name]:4}  acc@161 {1 - off[name] / n:.3f}")
    rest = [k for k in found if k not in AREA_CLASSES]
    n_rest = sum(found[k] for k in rest)
    if n_rest:
        print(f"acc@161 on found without country/continent/region picks: "
              f"{1 - sum(off[k] for k in rest) / n_rest:.3f} (n {n_rest})")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("predictions", type=Path)
    a = ap.parse_args()
    main(a.gold, a.predictions)
