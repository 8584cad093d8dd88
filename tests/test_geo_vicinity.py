"""Local features no gazetteer has get the article's local centre, marked
``vicinity`` and without an id (``stages/geo/vicinity.py``). Sentences and
mentions written for these tests (none from an evaluation set)."""

from __future__ import annotations

from eventwire.models import PlaceMention
from eventwire.stages.geo.vicinity import local_centre, place_in_vicinity


def _town(text: str, lat: float, lon: float, precision: str = "city") -> PlaceMention:
    return PlaceMention(0, len(text), text, 1, text, lat, lon, "USA", None, precision, 0.9)


def test_a_feature_gets_the_median_of_the_local_places() -> None:
    park = PlaceMention(0, 11, "Riverside Park")
    places = [_town("Alpha", 40.0, -80.0), _town("Beta", 40.2, -80.2), _town("Gamma", 47.0, -70.0),
              _town("Ohio", 40.3, -82.7, "admin1"), park]
    place_in_vicinity(places)
    assert (park.lat, park.lon) == (40.2, -80.0)  # the median, not pulled by Gamma or the state
    assert park.geonameid is None and park.precision == "vicinity" and park.confidence < 0.5


def test_without_local_places_the_larger_ones_are_used() -> None:
    river = PlaceMention(0, 10, "Tana River")
    place_in_vicinity([_town("Kenya", 1.0, 38.0, "country"), river])
    assert (river.lat, river.lon) == (1.0, 38.0) and river.precision == "vicinity"


def test_nothing_resolved_places_nothing() -> None:
    camp = PlaceMention(0, 9, "Zaatari camp")
    place_in_vicinity([camp])
    assert camp.lat is None and camp.precision == "none"
    assert local_centre([]) is None


def test_resolved_places_are_left_alone(places_of) -> None:  # type: ignore[no-untyped-def]
    found = places_of("Volunteers cleaned Sandy Hollow Park in Bozeman, and crews in Belgrade "
                      "and Livingston cleared the roads.")
    assert found["Bozeman"].precision == "city" and found["Bozeman"].geonameid is not None
    assert all(p.precision == "vicinity" for p in found.values() if p.geonameid is None)
