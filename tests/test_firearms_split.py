"""tools/firearms_split.py: the cue class of one event row (sentences
written for this test)."""

from __future__ import annotations

import pytest

from tools.firearms_split import cue_class


@pytest.mark.parametrize("trigger,sentence,article,cls", [
    ("shot", "A guard shot the intruder at the gate.", "", "trigger"),
    ("killed", "A farmer was killed in a shootout near the dam.", "", "sentence"),
    ("attacked", "Gunmen attacked a bus depot at dawn.", "", "gunmen"),
    ("killed", "The boy was killed by police on Friday.", "", "by-force"),
    ("attack", "Leaders condemned the attack.", "Gunfire was heard all night.", "article"),
    ("attack", "Leaders condemned the attack.", "A crowd gathered later.", "none"),
])
def test_cue_class(trigger: str, sentence: str, article: str, cls: str) -> None:
    assert cue_class({"trigger": trigger, "sentence": sentence}, article) == cls
