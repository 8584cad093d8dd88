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


# geo13: what the unknown name's own sentence names (invented names and points)

def _at(text: str, start: int, lat: float, lon: float, country: str, admin1: str | None,
        precision: str = "city") -> PlaceMention:
    return PlaceMention(start, start + len(text), text, 1, text, lat, lon, country, admin1,
                        precision, 0.9)


def test_a_country_beside_the_name_places_it_there() -> None:
    # "... sites in Alpha and Beta, Lowland; and Kitu Camp, Highland." (a story
    # spread over countries: its median places nothing)
    site = PlaceMention(60, 69, "Kitu Camp")
    places = [_at("Alpha", 10, 10.0, 100.0, "LOW", "01"), _at("Beta", 20, 20.0, 110.0, "LOW", "01"),
              _at("Lowland", 30, 12.0, 101.0, "LOW", None, "country"), site,
              _at("Highland", 71, -3.0, 38.0, "HIG", None, "country")]
    place_in_vicinity(places, [(0, 100)])
    assert (site.lat, site.lon) == (-3.0, 38.0) and site.precision == "vicinity"


def test_the_towns_of_its_sentence_beat_the_article_median() -> None:
    # sentence 1 names two towns of one division; the article's others lie far
    # off (a story spread over a large country)
    creek = PlaceMention(5, 15, "Mill Creek")
    places = [creek, _at("Gamma", 20, 45.0, -120.0, "USA", "WA"),
              _at("Delta", 30, 45.2, -120.2, "USA", "WA"),
              _at("Eps", 120, 30.0, -90.0, "USA", "LA"), _at("Zeta", 130, 30.2, -90.2, "USA", "LA"),
              _at("Eta", 140, 30.4, -90.4, "USA", "LA")]
    place_in_vicinity(places, [(0, 100), (100, 200)])
    assert (creek.lat, creek.lon) == (45.1, -120.1)


def test_a_lone_namesake_in_another_state_is_no_anchor() -> None:
    # "... the road washed out near Rockton" read as a town of another state,
    # in a local story: its centre, never the far namesake
    road = PlaceMention(110, 121, "Route Nine")
    places = [_at("Iota", 10, 48.0, -122.0, "USA", "WA"),
              _at("Kappa", 20, 48.2, -122.2, "USA", "WA"),
              _at("Lambda", 30, 48.4, -122.4, "USA", "WA"), road,
              _at("Rockton", 130, 28.0, -97.0, "USA", "TX")]
    place_in_vicinity(places, [(0, 100), (100, 200)])
    assert (road.lat, road.lon) == (48.1, -122.1)  # the article's US median, not Rockton


def test_a_far_pick_abroad_does_not_pull_the_article_centre() -> None:
    # a Haiti-like story with one name misread as a town abroad; the unknown
    # name's sentence names nothing resolved
    ward = PlaceMention(150, 160, "Upper Ward")
    places = [_at("Mu", 10, 19.0, -72.0, "HTI", "11"), _at("Nu", 20, 18.6, -72.3, "HTI", "11"),
              _at("Xi", 30, 37.0, -113.0, "USA", "UT"), ward]
    place_in_vicinity(places, [(0, 100), (100, 200)])
    assert (ward.lat, ward.lon) == (18.8, -72.15)


def test_a_name_said_again_keeps_its_first_point() -> None:
    # a story spread over two states; the second "Green Vale" has no place
    # in its sentence, so it keeps the first one's point, not the median
    first, again = PlaceMention(10, 20, "Green Vale"), PlaceMention(120, 130, "Green Vale")
    places = [first, _at("Omicron", 30, 36.5, -121.5, "USA", "CA"),
              _at("Pi", 40, 36.7, -121.7, "USA", "CA"), again,
              _at("Rho", 220, 43.0, -75.0, "USA", "NY"),
              _at("Sigma", 240, 43.2, -75.2, "USA", "NY")]
    place_in_vicinity(places, [(0, 100), (100, 200), (200, 300)])
    assert (first.lat, first.lon) == (36.6, -121.6)
    assert (again.lat, again.lon) == (first.lat, first.lon)


def test_a_local_story_keeps_its_centre_over_the_sentence() -> None:
    # "... crossed the Stony River to Phi" in a story whose towns lie close
    river = PlaceMention(110, 121, "Stony River")
    places = [_at("Tau", 10, 44.0, -72.0, "USA", "VT"), _at("Ups", 20, 44.2, -72.2, "USA", "VT"),
              _at("Chi", 30, 44.4, -72.4, "USA", "VT"), river,
              _at("Phi", 125, 44.9, -72.9, "USA", "VT")]
    place_in_vicinity(places, [(0, 100), (100, 200)])
    assert (river.lat, river.lon) == (44.3, -72.3)
