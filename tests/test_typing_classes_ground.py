"""The typing class *taking ground in war* (``data/events/typing.yaml``,
stages/events/typing_classes.py): a place captured is ASSAULT with no mode;
people and goods seized, seizures by police or regulators, a position taken
as a stance stay out. Sentences written for these tests (none from an
evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.typing_classes import typing_classes
from tests.test_typing_classes import check, events


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


@pytest.mark.parametrize("text", [
    # class *taking ground in war* (modes20): a place name or a place noun as the
    # object of a verb of capture is ASSAULT with no mode, not a COERCE seizure
    "Israel captured most of the Golan Heights from Syria in the 1967 war.",
    "Islamist fighters overran an army base near the border on Sunday.",
    "The insurgents seized two villages in the hills after a night of fighting.",
    "Government troops recaptured the town of Kidal on Tuesday.",
])
def test_taking_ground_is_an_assault(pipe: Pipeline, text: str) -> None:
    evs = [e for e in events(pipe, text)
           if e.trigger.text in ("captured", "overran", "seized", "recaptured")]
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", None)], evs


@pytest.mark.parametrize("text,mode", [
    # people and goods seized stay COERCE
    ("Police captured three suspects after a chase near the border.", "arrest"),
    ("Customs officers seized two tonnes of cocaine at the port.", "seize"),
])
def test_seizing_people_or_goods_stays_coercion(pipe: Pipeline, text: str, mode: str) -> None:
    check(pipe, text, "COERCE", mode)


def test_a_place_named_elsewhere_in_the_article_is_a_place() -> None:
    """The small model reads "captured Goma" as a person; the geoparser
    resolves the dateline's GOMA, so the article names the city as a place."""
    geo = Pipeline(components=("eventwire_actors", "eventwire_places", "eventwire_events"))
    text = "GOMA, Congo (Reuters) - The rebels captured Goma on January 27 after days of fighting."
    evs = [e for e in events(geo, text) if e.trigger.text == "captured"]
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", None)], evs


@pytest.mark.parametrize("text", [
    # the class names war: police, customs, regulators or a court seizing a
    # building, a place or a bank's capital take no ground (review22)
    "Police seized the Grand Palace Hotel in a raid on Monday.",
    "Regulators seized the capital of two failing lenders on Friday.",
    "Customs seized a warehouse district near the docks.",
])
def test_seizures_by_police_or_regulators_take_no_ground(pipe: Pipeline, text: str) -> None:
    evs = [e for e in events(pipe, text) if e.trigger.text == "seized"]
    assert [e.type for e in evs] == ["COERCE"], [(e.type, e.mode) for e in evs]


def test_a_word_of_a_place_name_is_no_place() -> None:
    """"Port Harcourt" makes no town of "Harcourt", the militia leader: a
    name counts as a place only when the article names that whole place."""
    geo = Pipeline(components=("eventwire_actors", "eventwire_places", "eventwire_events"))
    text = ("Clashes broke out in Port Harcourt. "
            "Soldiers later captured Harcourt, a militia leader.")
    evs = [e for e in events(geo, text) if e.trigger.text == "captured"]
    assert [e.type for e in evs] == ["COERCE"], [(e.type, e.mode) for e in evs]


def test_taking_ground_has_one_source() -> None:
    """mends24: the class *taking ground in war* (typing.yaml) is the one
    list of "verb + ground" patterns; curated.yaml had a second copy
    ("seize town", "capture airport", ...) that the class's ``unless``
    (police, customs, a court) never reached."""
    from eventwire.datafiles import load_yaml
    from eventwire.paths import DATA_DIR

    curated = load_yaml((DATA_DIR / "events" / "curated.yaml").read_text(encoding="utf-8"))
    combos = {c.lower() for cs in curated["patterns"].values() for c in cs}
    ground = {k for k, e in typing_classes().patterns.items() if k.split()[0] in
              ("capture", "seize", "take", "retake", "recapture", "overrun")
              and e["type"] == "ASSAULT"}
    assert ground and not combos & ground, sorted(combos & ground)[:5]


@pytest.mark.parametrize("text,trigger,kind", [
    # the class's exceptions reach every object it lists
    ("Police seized the airport to stop the protest from spreading.", "seized", "COERCE"),
    ("Customs agents seized the port after the smuggling ring was exposed.", "seized", "COERCE"),
    # and every verb it lists takes every ground it lists
    ("The rebels took the garrison after a week of fighting.", "took", "ASSAULT"),
])
def test_taking_ground_one_class(pipe: Pipeline, text: str, trigger: str, kind: str) -> None:
    evs = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert [e.type for e in evs] == [kind], [(e.type, e.mode, e.trigger.text) for e in evs]


@pytest.mark.parametrize("text,trigger", [
    # review32: "take" with one "position" is a stance or a post, not ground
    ("The senator took a firm position on the bill.", "took"),
    ("The committee took the position that the law was void.", "took"),
    ("She took the position of finance minister in 2019.", "took"),
])
def test_taking_a_position_is_no_assault(pipe: Pipeline, text: str, trigger: str) -> None:
    evs = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert "ASSAULT" not in [e.type for e in evs], [(e.type, e.mode) for e in evs]


@pytest.mark.parametrize("text,trigger", [
    ("The army took key positions near the border after heavy fighting.", "took"),
    ("Rebels captured the position after a day of shelling.", "captured"),
])
def test_positions_taken_in_war_stay(pipe: Pipeline, text: str, trigger: str) -> None:
    evs = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert [e.type for e in evs] == ["ASSAULT"], [(e.type, e.mode) for e in evs]
