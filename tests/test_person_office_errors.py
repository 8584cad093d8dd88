"""The cue before a named person (tools/person_office_errors.py). Texts
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tools.person_office_errors import cue, named


def _p(text: str, name: str) -> dict[str, Any]:
    start = text.index(name)
    return {"text": name, "start": start, "end": start + len(name)}


@pytest.mark.parametrize("text,name,expected", [
    ("Later PF secretary general Ruth Banda spoke.", "Ruth Banda", "party office"),
    ("The vote was cast. Prime Minister Jon Lee spoke.", "Jon Lee", "title"),
    ("Then Kenya's acting Foreign Minister Ali Ruto left.", "Ali Ruto",
     "title, state before with a word between"),
    ("The talks ended. Jane Okoro, the lead mediator, left.", "Jane Okoro", "apposition"),
    ("The talks ended. Jane Okoro left.", "Jane Okoro", "nothing"),
])
def test_cue_before_the_first_mention(text: str, name: str, expected: str) -> None:
    assert cue(text, _p(text, name)) == expected


def test_a_later_short_mention_reads_the_first_one() -> None:
    text = "Illinois Gov. Dana Cole spoke. Cole left."
    later = text.rindex("Cole")
    assert cue(text, {"text": "Cole", "start": later, "end": later + 4}) == "title"


def test_named() -> None:
    assert named("Ruth Banda") and named("Banda")
    assert not named("the minister") and not named("he")


def test_the_first_mention_is_a_whole_word() -> None:
    """The name's last word inside a longer word ("Leeds", "Alison",
    "Mali") is no earlier mention."""
    for text, short in [("Rain fell in Leeds. Prime Minister Jon Lee spoke. Lee left.", "Lee"),
                        ("Alison Ward waited. Foreign Minister Sam Ali spoke. Ali left.", "Ali"),
                        ("Troops left Mali. President Ana Mal spoke. Mal left.", "Mal")]:
        later = text.rindex(short)
        assert cue(text, {"text": short, "start": later, "end": later + len(short)}) == "title"
