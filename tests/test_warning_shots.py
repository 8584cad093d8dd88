"""Warning shots are a threat (``eventwire/stages/events/warning_shots.py``
and ``time.undated.act_kind``, branch relabel51; docs/annotation.md "Open
questions decided", (a)): sentences written for these tests, none copied
from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def event(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    got = [e for e in doc._.events if e.trigger.text.split()[0] == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger", [
    ("A coast guard cutter fired warning shots at the speedboat on Saturday.", "fired"),
    ("Witnesses said the soldiers fired into the air on Sunday to scatter the crowd.",
     "fired"),
    ("Guards fired several rounds over their heads as the inmates ran for the fence.",
     "fired"),
    ("The navy said a warning shot was fired after the trawler tried to ram a patrol boat.",
     "fired"),
    ("Border police shot into the air when the smugglers refused to stop.", "shot"),
])
def test_warning_shots_are_threatened_violence(pipe: Pipeline, text: str,
                                               trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert (ev.type, ev.mode, ev.factuality.modality) == ("THREATEN", "violence",
                                                          "threatened"), ev


@pytest.mark.parametrize("text,trigger", [
    ("Police fired rubber bullets into the crowd outside the stadium.", "fired"),
    ("Police fired tear gas and live rounds in the air to break up the march.", "fired"),
    ("Border guards shot at a car that failed to stop at the checkpoint.", "shot"),
    ("The sailors fired on the fishing boat, wounding two men.", "fired"),
    ("A teenager was shot in the head outside his school.", "shot"),
])
def test_shots_at_people_stay_assault(pipe: Pipeline, text: str, trigger: str) -> None:
    assert event(pipe, text, trigger).type == "ASSAULT"


def test_a_warning_shot_is_dated_with_its_incident(pipe: Pipeline) -> None:
    """Dated like the material act it is (date rule 1), not left undated
    like a spoken threat: the day of the interception it belongs to."""
    text = ("Navy intercepts trawler\nThe navy intercepted a foreign trawler off the "
            "northern coast on Friday. Sailors fired warning shots and boarded the vessel.")
    ev = event(pipe, text, "fired")
    assert ev.type == "THREATEN" and ev.time.value == "2024-05-31", ev.time


def test_a_warning_shot_has_no_content(pipe: Pipeline) -> None:
    """What follows the shots is their result, not a threat's content."""
    ((_, doc, _),) = list(pipe.docs([Article(
        text="The navy fired warning shots, forcing the smugglers to give up.",
        published=date(2024, 6, 3))]))
    found = {e.trigger.text.split()[0]: e.type for e in doc._.events}
    assert found.get("fired") == "THREATEN" and found.get("give") == "RETREAT", found


@pytest.mark.parametrize("text,trigger", [
    # "opened fire" with a warning place (review93)
    ("Riot police opened fire into the air as students marched on the ministry.", "opened"),
    ("Guards opened fire in the air to drive back villagers at the mine gate.", "opened"),
    # the warning place hung on the shot noun of a "volley/burst of shots"
    ("A sentry fired a burst of shots into the air when the truck ignored him.", "fired"),
    ("The sailors fired a salvo of rounds over their heads before boarding.", "fired"),
])
def test_opened_fire_and_shot_noun_places_are_warnings(pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert (ev.type, ev.mode) == ("THREATEN", "violence"), ev


@pytest.mark.parametrize("text,trigger", [
    # near misses: "opened fire" at people, in a place, or also at people
    ("Militiamen opened fire on a bus carrying pilgrims near the shrine.", "opened"),
    ("A gunman opened fire inside a packed nightclub before dawn.", "opened"),
    ("Troops opened fire into the air and at the marchers outside the ministry.", "opened"),
    ("A sentry fired a burst of shots at the truck when it ignored him.", "fired"),
    ("The guards fired a volley of shots into the crowd at the gate.", "fired"),
])
def test_opened_fire_at_people_stays_assault(pipe: Pipeline, text: str, trigger: str) -> None:
    assert event(pipe, text, trigger).type == "ASSAULT"


@pytest.mark.parametrize("text,trigger", [
    # "warning" parsed as a verb whose object is the shots (review93)
    ("The ministry said its guards had fired only warning shots at the intruders.", "fired"),
    ("The crew had fired just warning shots toward the approaching skiff.", "fired"),
    # a count of shots is no target
    ("The sergeant said he fired four times in the air to scatter the mob.", "fired"),
])
def test_misparsed_warnings_and_counts_are_warnings(pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    ev = event(pipe, text, trigger)
    assert (ev.type, ev.mode) == ("THREATEN", "violence"), ev


def test_a_misparsed_warning_is_no_event_of_its_own(pipe: Pipeline) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(
        text="The ministry said its guards had fired only warning shots at the intruders.",
        published=date(2024, 6, 3))]))
    assert [e.trigger.text for e in doc._.events if e.type == "THREATEN"] == ["fired"], \
        [(e.trigger.text, e.type) for e in doc._.events]


@pytest.mark.parametrize("text,trigger", [
    # near misses: a count of shots at someone, a person shot twice
    ("The sergeant fired four times at the fleeing driver.", "fired"),
    ("A sniper shot the commander three times in the back.", "shot"),
])
def test_counted_shots_at_people_stay_assault(pipe: Pipeline, text: str, trigger: str) -> None:
    assert event(pipe, text, trigger).type == "ASSAULT"
