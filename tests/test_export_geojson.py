"""``eventwire export --format geojson``: one Point per placed event."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.app.export import export, geojson_feature
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline


def test_geojson_of_real_records(tmp_path: Path) -> None:
    pipe = Pipeline(components=("eventwire_actors", "eventwire_places", "eventwire_events",
                                "eventwire_event_place"))
    text = "Rebels attacked an army post in Mosul on Monday. The rebels attacked a convoy."
    records = [ev.to_dict() for art, _doc, events in pipe.extract([Article(text=text)])
               for ev in events]
    placed = [r for r in records if r.get("place")]
    assert placed
    out = tmp_path / "events.geojson"
    n = export(records, "geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n == len(placed)
    feat = data["features"][0]
    lon, lat = feat["geometry"]["coordinates"]  # RFC 7946 order
    assert abs(lat - 36.34) < 0.5 and abs(lon - 43.13) < 0.5
    assert feat["properties"]["location"] == "Mosul" and feat["properties"]["place_basis"]
    unplaced = dict(records[0])
    unplaced["place"] = None
    assert geojson_feature(unplaced) is None  # type: ignore[arg-type]
