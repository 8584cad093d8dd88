"""Class *a local name read as a small town of another state* (geo37,
``far_towns.far_small_towns``): the pick is dropped and the name gets the
article's vicinity point; a stated hierarchy, a list that spans states and
a story that goes to the pick's state keep the town. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.eval.geo import haversine_km


@pytest.mark.parametrize(("text", "local", "near"), [
    # a Houston neighbourhood, not Montrose, Colorado
    ("HOUSTON — A gas leak forced the evacuation of two blocks in Montrose on Friday, Harris "
     "County officials said, and crews from Pasadena and Baytown helped.", "Montrose", "HOUSTON"),
    # a Seattle neighbourhood, not Wallingford, Connecticut
    ("SEATTLE — Police said a man was stabbed on a bus in Wallingford late Saturday, and King "
     "County deputies in Renton and Kent searched for the attacker.", "Wallingford", "SEATTLE"),
    # an Atlanta neighbourhood, not Kirkwood, Missouri
    ("ATLANTA — A tree fell on a house in Kirkwood during Tuesday's storm, and DeKalb County "
     "crews cleared roads in Decatur and Tucker.", "Kirkwood", "ATLANTA"),
])
def test_a_local_name_is_not_a_small_town_of_another_state(places_of, text: str,  # type: ignore[no-untyped-def]
                                                           local: str, near: str) -> None:
    found = places_of(text)
    place, city = found[local], found[near]
    assert place.geonameid is None and place.precision == "vicinity"
    assert place.lat is not None and city.lat is not None
    assert haversine_km(place.lat, place.lon, city.lat, city.lon) < 161


@pytest.mark.parametrize(("text", "town", "state"), [
    # the text states the town's state
    ("SEATTLE — A Kent man was arrested in Wallingford, Conn., on Monday, and Hartford police "
     "said Renton officers had sought him since March.", "Wallingford", "CT"),
    # a list whose other members lie in other states
    ("SEATTLE — Fans drove from Boise, Spokane and Wallingford to see the match in Renton and "
     "Kent.", "Wallingford", "CT"),
    # the story goes to the town's state: another name lies there
    ("HOUSTON — Harris County deputies flew to Montrose and Grand Junction on Friday to "
     "question a witness, and Pasadena and Baytown police joined them.", "Montrose", "CO"),
])
def test_a_small_town_the_text_sends_the_story_to_stays(places_of, text: str, town: str,  # type: ignore[no-untyped-def]
                                                       state: str) -> None:
    place = places_of(text)[town]
    assert place.geonameid is not None and place.admin1 == state
