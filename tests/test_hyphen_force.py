"""A force's crowd-control act told by a hyphenated verb
(eventwire/stages/events/hyphen_force.py, branch missed66). Every sentence
here was written for these tests (none from an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import events_of


# in class: the hyphenated verb, inflected or bare, in body copy and headlines
@pytest.mark.parametrize(("text", "trigger"), [
    ("Security forces tear-gassed hundreds of nurses marching on the ministry on Monday.",
     "tear-gassed"),
    ("Police lathi-charge farmers blocking highway in Ludhiana", "lathi-charge"),
    ("Officers were seen pepper-spraying seated students, the video shows.", "pepper-spraying"),
    ("Riot police baton-charged traders who had occupied the market square.", "baton-charged"),
])
def test_hyphenated_crowd_control_verb(event_pipe: Any, text: str, trigger: str) -> None:
    found = {e.trigger.text: e for e in events_of(event_pipe, text)}
    assert trigger in found, sorted(found)
    assert (found[trigger].type, found[trigger].mode) == ("ASSAULT", "crowd-control")


# near misses: the munition named by the bare form, the bare form as a verb's
# object, a hyphen with other words
@pytest.mark.parametrize(("text", "word"), [
    ("Troops fired tear-gas canisters into the crowd.", "tear-gas"),
    ("The guard said he carried pepper-spray for his own protection.", "pepper-spray"),
    ("She wiped a tear-stained face as the verdict was read.", "tear-stained"),
])
def test_not_a_hyphenated_crowd_control_verb(event_pipe: Any, text: str, word: str) -> None:
    assert all(word not in e.trigger.text for e in events_of(event_pipe, text))
