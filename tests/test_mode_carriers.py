"""tools/mode_carriers.py: where a cue of a mode stands relative to the
trigger (texts written for this test)."""

from __future__ import annotations

import pytest

from tools.mode_carriers import carrier, cue_patterns

TEXT = ("Gunfire at the depot\n"
        "Men killed two guards at the depot on Monday.\n"
        "Police said the men attacked the guards with rifles.\n"
        "The raid ended with three arrests, leaving a sniper dead.\n")


def _trig(word: str, nth: int = 0) -> dict[str, object]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return {"text": word, "start": start, "end": start + len(word)}


@pytest.mark.parametrize("word,nth,want", [
    ("Gunfire", 0, "trigger"),          # the trigger is a cue itself
    ("attacked", 0, "instrument"),      # "with rifles" in the trigger's sentence
    ("ended", 0, "result"),             # "leaving a sniper dead" after the trigger
    ("killed", 0, "other-sentence"),    # the rifles are told in the next sentence
])
def test_carrier_of_firearms(word: str, nth: int, want: str) -> None:
    pat = cue_patterns()[("ASSAULT", "firearms")]
    assert carrier(TEXT, _trig(word, nth), pat) == want


def test_headline_only_and_nowhere() -> None:
    pats = cue_patterns()
    text = "Drone hits a depot\nA depot was hit on Monday, officials said.\n"
    start = text.index("hit on")
    trig = {"text": "hit", "start": start, "end": start + 3}
    assert carrier(text, trig, pats[("ASSAULT", "drone")]) == "headline-only"
    assert carrier(text, trig, pats[("ASSAULT", "aerial")]) == "nowhere"
    assert carrier(text, trig, None) == "no-cue-list"
