from __future__ import annotations

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.geo.gazetteer import gazetteer


def test_gazetteer_lookup() -> None:
    gaz = gazetteer()
    assert gaz.candidates("Baghdad")[0].geonameid == 98182
    assert gaz.candidates("Iraq")[0].feature == "country"
    assert gaz.candidates("US")[0].country == "USA"


def test_places_and_event_place() -> None:
    pipe = Pipeline(components=("eventwire_actors", "eventwire_places", "eventwire_events",
                                "eventwire_event_place"))
    text = "Rebels attacked an army post in Mosul on Monday. Washington condemned the attack."
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    places = {p.text: p for p in doc._.place_mentions}
    assert places["Mosul"].country == "IRQ" and places["Mosul"].precision == "city"
    assert "Washington" not in places  # a government here, not a place
    attacked = next(e for e in doc._.events if e.trigger.text == "attacked")
    assert attacked.place is not None and attacked.place.name == "Mosul"
    assert abs(attacked.place.lat - 36.34) < 0.5


def test_context_picks_the_right_paris() -> None:
    pipe = Pipeline(components=("eventwire_actors", "eventwire_places"))
    ((_, doc, _),) = list(pipe.docs([Article(text="Texas officials met in Paris, Texas.")]))
    paris = next(p for p in doc._.place_mentions if p.text == "Paris")
    assert paris.country == "USA"
