"""Build tests/data/geo/geo_local15b.jsonl from geo_local15b.txt (geo15; run
``PYTHONPATH=. python tests/data/geo/make_geo_local15b.py``): every toponym's
point is looked up in the gazetteer by its GeoNames id (or airport row); a
feature the gazetteer lacks (river, lake, park, forest, bridge) takes the
point of the gazetteer town the text places it at (``point_of``)."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

from eventwire.stages.geo.gazetteer import default_path

HERE = Path(__file__).parent
c = sqlite3.connect(str(default_path()))


def pt(i: int) -> tuple[float, float, str]:
    r = c.execute("select lat, lon, feature from places where id=?", (i,)).fetchone()
    assert r, i
    return (float(r[0]), float(r[1]), str(r[2]))


# per line: (surface, id, approx_anchor_name or None); ids negative = airport rows (no GeoNames id)
SPEC: list[list[tuple[Any, ...]]] = [
    [("MADISON", 5261457), ("Wis.", 5279468), ("Dane County", 5250074), ("Sun Prairie", 5275020),
     ("Lake Mendota", 5261457, "Madison"), ("Middleton", 5262838), ("Waunakee", 5278073),
     ("Madison", 5261457)],
    [("Ames", 4846834), ("Nevada", 4868620), ("Story County", 4877685),
     ("Skunk River", 4846834, "Ames"), ("Marshalltown", 4866371), ("Des Moines", 4853828)],
    [("Florence", 4062577), ("Ala.", 4829764), ("Muscle Shoals", 4078964),
     ("Colbert County", 4056165), ("Sheffield", 4089536), ("Huntsville", 4068590)],
    [("RENO", 5511077), ("Nev.", 5509151), ("Washoe County", 5709906), ("Truckee", 5403676),
     ("Calif.", 5332921), ("Sparks", 5512862), ("Carson City", 5501344),
     ("Lake Tahoe", 5512994, "Stateline")],
    [("Lawrence", 4274277), ("Topeka", 4280539), ("University of Kansas", 4274277, "Lawrence"),
     ("Douglas County", 4270450), ("Eudora", 4271196)],
    [("AUGUSTA", 4180531), ("Ga.", 4197000), ("Richmond County", 4218744),
     ("Grovetown", 4198514), ("Columbia County", 4188957), ("Aiken", 4569067),
     ("S.C.", 4597040)],
    [("Boulder", 5574991), ("Longs Peak", 5576882, "Estes Park"), ("Larimer County", 5578884),
     ("Loveland", 5579368), ("Estes Park", 5576882)],
    [("SALEM", 5750162), ("Ore.", 5744337), ("Marion County", 5739051),
     ("Willamette River", 5732763, "Independence"), ("Independence", 5732763),
     ("Keizer", 5734711), ("Albany", 5710756), ("Corvallis", 5720727)],
    [("Holland", 4996248), ("Zeeland", 5015701), ("Lake Michigan", -11137031456),
     ("Ottawa County", 5004681), ("Grand Rapids", 4994358), ("Muskegon", 5003132)],
    [("Rochester", 5043473), ("Minn.", 5037779), ("Winona", 5053156),
     ("Olmsted County", 5040211), ("Austin", 5016884), ("Owatonna", 5040647)],
]


def main() -> None:
    texts = [line.rstrip("\n") for line in open(HERE / "geo_local15b.txt", encoding="utf-8")]
    assert len(texts) == len(SPEC)
    with open(HERE / "geo_local15b.jsonl", "w", encoding="utf-8") as out:
        for n, (text, spec) in enumerate(zip(texts, SPEC, strict=True)):
            out.write(json.dumps({"doc_id": f"local15b-{n:03d}", "text": text,
                                  "toponyms": toponyms(n, text, spec)},
                                 ensure_ascii=False) + "\n")


def toponyms(n: int, text: str, spec: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Each name's span (the next occurrence after the previous name's) and point."""
    pos, tops = 0, []
    for item in spec:
        surface, gid = item[0], item[1]
        m = re.compile(r"(?<![\w'])" + re.escape(surface) + r"(?![\w])").search(text, pos)
        assert m, (n, surface)
        lat, lon, _feature = pt(gid)
        t = {"start": m.start(), "end": m.end(), "text": surface,
             "geonameid": gid if gid > 0 and len(item) == 2 else None, "lat": lat, "lon": lon}
        if len(item) == 3:
            t["point_of"] = item[2]
        tops.append(t)
        pos = m.start() + 1
    return sorted(tops, key=lambda t: t["start"])


if __name__ == "__main__":
    main()
