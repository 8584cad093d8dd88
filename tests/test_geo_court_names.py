"""Class *a court step at a court named by its town* (place42,
``eventwire/stages/geo/court_names.py``): the town inside a court's name
("the Kabwe Magistrates Court") is found, and an appearance, arraignment
or hearing "at" / "in" / "before" that court is placed at the town.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("The suspect will appear at Leeds Magistrates' Court on Monday.", "appear", "Leeds"),
    ("She was arraigned on Tuesday in Fall River District Court on a murder charge.",
     "arraigned", "Fall River"),
    ("A bail hearing was set for Friday at Carlisle Crown Court.", "hearing", "Carlisle"),
    ("Two men charged with the robbery appeared before Cardiff Crown Court on Wednesday.",
     "appeared", "Cardiff"),
    ("The two men were charged with arson and will appear in the Kabwe Magistrates Court "
     "on Friday.", "appear", "Kabwe"),
    ("The nurse is due to be arraigned in Lowell District Court on Thursday.",
     "arraigned", "Lowell"),
    # the NER model stops before "Court": "the Mamelodi Magistrate's" + "Court"
    ("Six miners were detained after the march and would appear in the Mamelodi "
     "Magistrate's Court on Tuesday.", "appear", "Mamelodi"),
    # a borough's name the gazetteer lacks: its leading town of 10,000+
    ("The builder was refused bail and will appear at Stratford East Magistrates' Court "
     "on Monday.", "appear", "Stratford"),
])
def test_a_court_step_at_a_court_named_by_its_town(pipe: Pipeline, text: str, trigger: str,
                                                    town: str) -> None:
    assert name_of(place(pipe, text, trigger)) == town


@pytest.mark.parametrize(("text", "trigger"), [
    # a court with no town: a nation's or a world court
    ("The Supreme Court rejected the appeal on Monday.", "rejected"),
    ("Protesters gathered outside the International Court of Justice on Monday.",
     "gathered"),
    # a court appearance with no named court
    ("The man was arrested on Sunday and will appear in court on Monday.", "appear"),
    # the court as the doer or the agent: the seat class (court_seat) is off
    ("A Leeds Crown Court jury convicted the driver on Monday.", "convicted"),
    ("He was remanded in custody by Bolton magistrates on Tuesday.", "remanded"),
    # a court named after its nation, not a town
    ("Members of the Kenya Court of Appeal rejected the petition on Monday.", "rejected"),
])
def test_no_town_no_court_place(pipe: Pipeline, text: str, trigger: str) -> None:
    assert place(pipe, text, trigger) is None


def test_a_court_of_another_verb_places_nothing_by_this_class(pipe: Pipeline) -> None:
    # the court is the venue of "appear", not of the earlier charge's clause
    text = ("Police charged the driver with dangerous driving on Sunday, and he will appear "
            "at Bristol Magistrates' Court next week.")
    assert name_of(place(pipe, text, "appear")) == "Bristol"
    got = place(pipe, text, "charged")
    assert got is None or got.basis != "trigger"
