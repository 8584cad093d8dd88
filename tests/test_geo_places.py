"""``eventwire places import``: validated whole, merged, first among candidates."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.stages.geo.gazetteer import Gazetteer
from eventwire.stages.geo.places import import_places, read_places


def test_import_then_the_place_comes_first(tmp_path: Path) -> None:
    mine = tmp_path / "camps.yaml"
    mine.write_text("places:\n  - name: Camp Alpha\n    aliases: [Alpha Camp]\n"
                    "    lat: 36.2\n    lon: 43.9\n    country: IRQ\n", encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    assert import_places(mine, overlay) == 1
    csv = tmp_path / "more.csv"
    csv.write_text("name,lat,lon,aliases,id\nMosul,36.3,43.1,,99072\n", encoding="utf-8")
    assert import_places(csv, overlay) == 1
    user = read_places(overlay)
    assert {p.name for _, p in user} == {"Camp Alpha", "Mosul"}
    gaz = Gazetteer(user_places=user)
    camp = gaz.candidates("Alpha Camp")[0]
    assert (camp.name, camp.feature, camp.country) == ("Camp Alpha", "user", "IRQ")
    assert camp.geonameid < 0  # no GeoNames id given: a stable negative one
    assert gaz.candidates("Mosul")[0].feature == "user"


@pytest.mark.parametrize("row, field", [
    ("  - name: X\n    lat: 95\n    lon: 1\n", "lat"),
    ("  - name: X\n    lat: 1\n", "lon"),
    ("  - lat: 1\n    lon: 1\n", "name"),
    ("  - name: X\n    lat: 1\n    lon: 1\n    country: Iraq\n", "country"),
    ("  - name: X\n    lat: 1\n    lon: 1\n    id: abc\n", "id"),
])
def test_a_bad_row_names_line_and_field_and_imports_nothing(tmp_path: Path, row: str,
                                                          field: str) -> None:
    overlay = tmp_path / "overlay.yaml"
    bad = tmp_path / "bad.yaml"
    bad.write_text("places:\n  - name: Good\n    lat: 1\n    lon: 2\n" + row, encoding="utf-8")
    with pytest.raises(EventwireError) as err:
        import_places(bad, overlay)
    # the line the entry starts on (issue #17), not its number in the list
    assert err.value.code == "EW410" and f"line 5, field '{field}'" in err.value.message
    assert not overlay.exists()
