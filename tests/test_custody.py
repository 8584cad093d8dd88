"""Class *stopping and taking in a party on the move* (custody.py): intercepting
or recapturing people or a crewed boat is COERCE arrest; a cargo, a missile or
a call intercepted, or a town recaptured, is not."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_covering


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.mark.parametrize("text,word", [
    ("The navy frigate intercepted three boats carrying 20 pirates in the Gulf of Aden.",
     "intercepted"),
    ("Coast guard cutters intercepted a skiff off the coast late on Tuesday.", "intercepted"),
    ("Two dhows escaped, but three other dhows were intercepted by the patrol.",
     "intercepted"),
    ("Border police recaptured two inmates who had escaped from the prison last week.",
     "recaptured"),
    ("Police said the fugitive, who fled during a transfer, was recaptured in Houston.",
     "recaptured"),
])
def test_people_or_crewed_craft_taken_in_is_arrest(pipe: Pipeline, text: str,
                                                   word: str) -> None:
    event = event_covering(pipe, text, word)
    assert event is not None
    assert (event.type, event.mode) == ("COERCE", "arrest"), event.rules


@pytest.mark.parametrize("text,word", [
    # a cargo, a weapon or a call intercepted; a place recaptured
    ("Customs officers intercepted a shipment of cocaine at the port on Friday.",
     "intercepted"),
    ("The air defences intercepted two missiles over the capital on Sunday.", "intercepted"),
    ("The agency intercepted phone calls between the two suspects.", "intercepted"),
    ("The rebels recaptured the town from government troops after heavy fighting.",
     "recaptured"),
])
def test_things_and_places_are_no_arrest(pipe: Pipeline, text: str, word: str) -> None:
    event = event_covering(pipe, text, word)
    assert event is None or event.mode != "arrest", (event.type, event.mode)
