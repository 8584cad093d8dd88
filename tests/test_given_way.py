"""A party asked to leave, turn back or disperse gives ground: REQUEST
``yield``, and refusing when asked REJECT ``yield``
(eventwire/stages/events/given_way.py and the yield cues of modes.yaml,
modes39). Sentences written for these tests, none from a record set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_covering


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


GIVEN = [
    ("Officers asked the drivers to leave the depot on Monday.", "asked", "REQUEST"),
    ("The coast guard ordered the captain by radio to leave Indonesian waters.", "ordered",
     "REQUEST"),
    ("Police invited the crowd to disperse before making arrests.", "invited", "REQUEST"),
    # "back" alone is an assist cue; the phrase is a yield cue listed first
    ("Border guards ordered the nomads to turn back at the river.", "ordered", "REQUEST"),
    ("The spectator refused to leave the gallery after being asked to.", "refused",
     "REJECT"),
    ("The fishermen refused to turn back, the army said.", "refused", "REJECT"),
]

NOT_GIVEN = [
    # evacuation advice: the leavers' own safety
    ("Residents were urged to leave the valley before the storm.", "urged"),
    ("The army asked farmers to leave the fields until the fighting stopped.", "asked"),
    # staying asked, not leaving
    ("The council appealed to shepherds not to leave their villages during the outbreak.",
     "appealed"),
    # a refusal with no request told: no concession withheld
    ("The activist refused to leave the country and was detained.", "refused"),
    ("Hundreds of protesters refused to leave the square, chanting slogans.", "refused"),
]


@pytest.mark.parametrize("text,word,kind", GIVEN)
def test_gives_way(pipe: Pipeline, text: str, word: str, kind: str) -> None:
    event = event_covering(pipe, text, word)
    assert event is not None and (event.type, event.mode) == (kind, "yield"), \
        (event and (event.type, event.mode, event.rules))


@pytest.mark.parametrize("text,word", NOT_GIVEN)
def test_no_ground_given(pipe: Pipeline, text: str, word: str) -> None:
    event = event_covering(pipe, text, word)
    assert event is None or event.mode is None, (event.type, event.mode, event.rules)
