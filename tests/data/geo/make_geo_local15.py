"""Build tests/data/geo/geo_local15.jsonl from geo_local15.txt (geo15; run
``PYTHONPATH=. python tests/data/geo/make_geo_local15.py``): every toponym's
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
IN, TX, OH, GA, ME = 4921868, 4736286, 5165418, 4197000, 4971068
SPEC: list[list[tuple[Any, ...]]] = [
    [
        ("BLOOMINGTON", 4254679),
        ("Ind.", IN),
        ("Bloomington", 4254679),
        ("Indiana", IN),
        ("Ellettsville", 4257110),
        ("Monroe County", 4261526),
        ("Brown County State Park", 4261983, "Nashville"),
        ("Nashville", 4261983),
    ],
    [
        ("Wabash River", 4265737, "Terre Haute"),
        ("Terre Haute", 4265737),
        ("Vigo County", 4266295),
        ("West Terre Haute", 4266844),
        ("Clinton", 4255937),
        ("Montezuma", 4261552),
        ("Parke County", 4262785),
    ],
    [
        ("O'Hare", -8315957378),
        ("Denver", 5419384),
        ("Chicago", 4887398),
        ("Midway", -6241734885),
        ("Milwaukee", 5263045),
    ],
    [
        ("PARIS", 4717560),
        ("Texas", TX),
        ("Lamar County", 4705086),
        ("Paris", 4717560),
        ("Sulphur Springs", 4734909),
        ("Clarksville", 4681758),
    ],
    [
        ("Lebanon", 4516412),
        ("Ohio", OH),
        ("Mason", 4517698),
        ("Warren County", 4527624),
        ("Dayton", 4509884),
    ],
    [
        ("Athens", 4180386),
        ("Ga.", GA),
        ("Oconee River", 4229691, "Watkinsville"),
        ("Watkinsville", 4229691),
        ("Oconee County", 4213838),
        ("Gainesville", 4196586),
    ],
    [
        ("PORTLAND", 4975802),
        ("Maine", ME),
        ("Cumberland County", 4961900),
        ("Sebago Lake", 4976361, "Raymond"),
        ("Raymond", 4976361),
        ("Westbrook", 4982753),
        ("Gorham", 4965481),
        ("Scarborough", 4977882),
    ],
    [
        ("Baltimore", 4347778),
        ("Fells Point", 4354797),
        ("Canton", 4350327),
        ("Towson", 4371582),
        ("Dundalk", 4353765),
        ("Baltimore County", 4347790),
    ],
    [
        ("Los Padres National Forest", 5378880, "Ojai"),
        ("Ojai", 5378880),
        ("Ventura County", 5405889),
        ("Santa Barbara", 5392952),
        ("Oxnard", 5380184),
        ("Bakersfield", 5325738),
        ("Santa Clarita", 5393049),
    ],
    [
        ("HARTFORD", 4835797),
        ("Conn.", 4831725),
        ("Bradley International Airport", -8408587828),
        ("Windsor Locks", 4845926),
        ("Hartford", 4835797),
        ("Connecticut River", 4838633, "Middletown"),
        ("Middletown", 4838633),
        ("Enfield", 4834040),
    ],
    [
        ("SPOKANE", 5811696),
        ("Wash.", 5815135),
        ("Coeur d'Alene", 5589173),
        ("Idaho", 5596512),
        ("Spokane River", 5604353, "Post Falls"),
        ("Post Falls", 5604353),
        ("Kootenai County", 5597922),
        ("Spokane Valley", 5811729),
        ("Liberty Lake", 5800870),
    ],
    [
        ("Louisville", 4299276),
        ("Jeffersonville", 4259671),
        ("Ind.", IN),
        ("Ohio River", 4299276, "Louisville"),
        ("Second Street Bridge", 4299276, "Louisville"),
        ("Clark County", 4255818),
        ("Sellersburg", 4264598),
        ("New Albany", 4262045),
        ("Shively", 4308225),
    ],
    [
        ("BURLINGTON", 5234372),
        ("Vt.", 5242283),
        ("Chittenden County", 5234861),
        ("Lake Champlain", 5235024, "Colchester"),
        ("Colchester", 5235024),
        ("Shelburne", 5241006),
        ("Plattsburgh", 5131692),
        ("N.Y.", 5128638),
        ("Winooski", 5243081),
        ("Essex Junction", 5235952),
    ],
    [
        ("Delaware River", 5105496, "Trenton"),
        ("Trenton", 5105496),
        ("Bucks County", 5182201),
        ("New Hope", 5203197),
        ("Yardley", 5220281),
        ("Lambertville", 5100297),
        ("N.J.", 5101760),
        ("Hunterdon County", 5099381),
        ("Easton", 5188140),
        ("Phillipsburg", 5102615),
    ],
    [
        ("Springfield", 4951788),
        ("Mass.", 6254926),
        ("Hampden County", 4938741),
        ("Chicopee", 4933002),
        ("Holyoke", 4939783),
        ("West Springfield", 4955089),
        ("Agawam", 4928788),
    ],
]


def main() -> None:
    texts = [line.rstrip("\n") for line in open(HERE / "geo_local15.txt", encoding="utf-8")]
    assert len(texts) == len(SPEC)
    with open(HERE / "geo_local15.jsonl", "w", encoding="utf-8") as out:
        for n, (text, spec) in enumerate(zip(texts, SPEC, strict=True)):
            out.write(json.dumps({"doc_id": f"local15-{n:03d}", "text": text,
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
