"""The relay-error split of tools/relay_split.py (branch speaker38): each
construction class on sentences written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from tools.relay_split import context_class, relay_kind


def _relay(text: str, name: str) -> dict[str, Any]:
    start = text.index(name)
    return {"start": start, "end": start + len(name), "text": name}


@pytest.mark.parametrize("text,name,cls", [
    ("The mayor told Radio Nord that the bridge had been shelled.", "Radio Nord",
     "told MEDIUM"),
    ("A colonel, quoted by the Nova agency, said the town had fallen.", "the Nova agency",
     "quoted/carried by"),
    ("Troops fired on the crowd, the Daily Courier reported.", "the Daily Courier",
     "MEDIUM reported"),
    ("Two men were held, according to Kanal 9.", "Kanal 9", "according to MEDIUM"),
    ("The party said in a statement read on Radio Sud that it would boycott the vote.",
     "Radio Sud", "in a MESSAGE on MEDIUM"),
    ("The general said on state radio that the rebels had fled.", "state radio",
     "on MEDIUM"),
    ("The king, in a televised address, thanked the army.", "a televised address",
     "in MESSAGE"),
    ("Lawyers for the family gave the letters to the Herald.", "the Herald", "other"),
])
def test_context_class(text: str, name: str, cls: str) -> None:
    assert context_class(text, _relay(text, name)) == cls


def test_relay_kind() -> None:
    spk = {"start": 0, "end": 5, "text": "Police"}
    medium = {"start": 30, "end": 40, "text": "state radio"}
    gold = {"speaker": spk, "relays": [medium]}
    assert relay_kind(gold, {"speaker": spk, "relays": []}) == "missed"
    assert relay_kind({"speaker": spk, "relays": []}, gold) == "spurious"
    assert relay_kind(gold, gold) is None
    assert relay_kind(gold, {"speaker": None, "relays": []}) is None  # a speaker error
