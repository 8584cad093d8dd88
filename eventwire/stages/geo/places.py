"""User places: a camp, a checkpoint, a crossing the gazetteer does not know.

``eventwire places import FILE`` reads a YAML (``places:`` list) or CSV file
with ``name``, ``lat``, ``lon`` and optionally ``aliases`` (list or
';'-separated), ``country`` (ISO 3166 alpha-3), ``id`` (a GeoNames id, else
a stable negative id is made from the name and point) and ``population``.
The file is validated whole (EW410 names the line and field; nothing is
imported from a bad file) and merged into the overlay
(``~/.eventwire/places.yaml``, or ``$EVENTWIRE_PLACES``), replaced
atomically. User places come before the gazetteer's candidates.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import Errors, EventwireError
from eventwire.stages.actors.kb import iso3_codes
from eventwire.stages.geo.gazetteer import Place
from eventwire.user_files import name_and_aliases, user_rows

DEFAULT_OVERLAY = Path(os.environ.get("EVENTWIRE_HOME", Path.home() / ".eventwire")) / "places.yaml"
UserPlace = tuple[list[str], Place]


def overlay_path() -> Path:
    return Path(os.environ["EVENTWIRE_PLACES"]) if os.environ.get("EVENTWIRE_PLACES") \
        else DEFAULT_OVERLAY


def _number(row: dict[str, Any], key: str, low: float, high: float, bad: Any) -> float:
    try:
        value = float(row.get(key))  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise bad(key, f"a number from {low} to {high} is required") from exc
    if not low <= value <= high:
        raise bad(key, f"{value} is outside {low}..{high}")
    return value


def parse_place(row: Any, path: Path, line: int) -> UserPlace:
    def bad(field_name: str, detail: str) -> EventwireError:
        return EventwireError(Errors.E410, source=path, line=line, field=field_name, detail=detail)

    name, aliases = name_and_aliases(row, bad, "place")
    lat, lon = _number(row, "lat", -90, 90, bad), _number(row, "lon", -180, 180, bad)
    country = str(row.get("country") or "").upper() or None
    if country is not None and country not in iso3_codes():
        raise bad("country", f"'{country}' is not an ISO 3166 alpha-3 code (IRQ, USA, ...)")
    raw_id = row.get("id")
    if raw_id not in (None, "") and not str(raw_id).isdigit():
        raise bad("id", f"'{raw_id}' is not a GeoNames id (digits)")
    ident = int(raw_id) if raw_id not in (None, "") else \
        -zlib.crc32(f"{name}|{lat:.5f}|{lon:.5f}".encode())
    population = int(_number(row, "population", 0, 1e10, bad)) if row.get("population") else 0
    return [name, *aliases], Place(ident, name, lat, lon, country, None, population,
                                               "user")


def read_places(path: Path) -> list[UserPlace]:
    """Every place of a user file, or EW410 naming the file, line and field."""
    if not path.is_file():
        raise EventwireError(Errors.E410, source=path, line=0, field="(file)", detail="not found")
    return [parse_place(row, path, line) for line, row in user_rows(path, "places", Errors.E410)]


def _record(names: list[str], p: Place) -> dict[str, Any]:
    return {"id": p.geonameid if p.geonameid > 0 else None, "name": p.name,
            "aliases": names[1:], "lat": p.lat, "lon": p.lon, "country": p.country,
            "population": p.population}


def import_places(path: Path, overlay: Path | None = None) -> int:
    """Validate ``path`` whole, then merge it into the overlay (same id: replaced)."""
    overlay = overlay or overlay_path()
    new = read_places(Path(path))
    merged = {p.geonameid: (n, p) for n, p in (read_places(overlay) if overlay.is_file() else [])}
    merged.update({p.geonameid: (n, p) for n, p in new})
    overlay.parent.mkdir(parents=True, exist_ok=True)
    tmp = overlay.with_suffix(".tmp")
    tmp.write_text(yaml.safe_dump({"places": [_record(n, p) for n, p in merged.values()]},
                                  allow_unicode=True, sort_keys=False), encoding="utf-8")
    tmp.replace(overlay)
    from eventwire.stages.geo.gazetteer import gazetteer

    gazetteer.cache_clear()
    return len(new)


def load_overlay() -> list[UserPlace]:
    path = overlay_path()
    return read_places(path) if path.is_file() else []
