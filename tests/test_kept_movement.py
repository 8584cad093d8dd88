"""Keeping people or craft from moving is COERCE ``restrict``
(eventwire/stages/events/kept_movement.py, modes39; the guide's relabel49
decision). Sentences written for these tests, none from a record set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_covering


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


KEPT = [
    # a vessel blocked at sea
    ("A Vietnamese coast guard cutter blocked an Indonesian fishing vessel near the "
     "Natuna islands on Friday, officials said.", "blocked"),
    # a convoy on the move (a group, not a person noun)
    ("Border police blocked a convoy of 40 trucks at the Rafah crossing on Thursday.",
     "blocked"),
    # a "from <gerund>" complement of movement
    ("Riot police prevented opposition lawmakers from entering the election commission "
     "building on Tuesday.", "prevented"),
    # the from-complement hangs from an apposition of the object
    ("Guards blocked Mayor Ines Duarte, the leader of the opposition, from entering the "
     "council chamber.", "blocked"),
    # an activity, not a movement: still the party kept from it
    ("Soldiers stopped nomadic herders from grazing their camels near the frontier on "
     "Monday.", "stopped"),
    # the object shared with a coordinated verb
    ("A frigate blocked and shadowed three fishing boats off the atoll on Sunday.",
     "blocked"),
]

NOT_KEPT = [
    # a deed foiled, not a movement kept ("prevented the hijackers from boarding")
    ("Commandos prevented the gang from hijacking a cargo ship off the coast on Sunday.",
     "prevented"),
    # a lone craft stopped to check or catch it
    ("Customs officers tried to stop a smuggling speedboat near the harbour on Friday.",
     "stop"),
    # a stop and search
    ("Officers stopped and searched two men outside the stadium on Saturday.", "stopped"),
    # a website blocked is censorship, not a movement kept
    ("The regulator blocked the news portal's website on Wednesday.", "blocked"),
    # the doers of a deed stopped: no movement kept
    ("Police stopped the gunmen before they reached the school, the governor said.",
     "stopped"),
]


@pytest.mark.parametrize("text,word", KEPT)
def test_kept_from_moving(pipe: Pipeline, text: str, word: str) -> None:
    event = event_covering(pipe, text, word)
    assert event is not None and (event.type, event.mode) == ("COERCE", "restrict"), \
        (event and (event.type, event.mode, event.rules))


@pytest.mark.parametrize("text,word", NOT_KEPT)
def test_not_kept_from_moving(pipe: Pipeline, text: str, word: str) -> None:
    event = event_covering(pipe, text, word)
    assert event is None or event.mode != "restrict", (event.type, event.mode, event.rules)
