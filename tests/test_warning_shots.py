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
