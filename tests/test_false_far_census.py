"""The far false-event census classes (tools/false_far_census.py, issue #12,
branch false53). Own sentences."""

from __future__ import annotations

from tools.false_far_census import classify


def _row(sent: str, word: str, type_: str = "ASSAULT", modality: str = "asserted") -> dict:  # type: ignore[type-arg]
    return {"sent": sent, "trig": word, "type": type_, "modality": modality}


def test_classes() -> None:
    assert classify(_row("The striker [[hit]] two goals in the game.", "hit")) \
        == "look-alike: sport"
    assert classify(_row('He said "they [[attacked]] us" at dawn.', "attacked")) == "inside a quote"
    assert classify(_row("A clerk who [[requested]] anonymity said so.", "requested", "REQUEST",
                         "demanded")) == "speech / perception verb that only reports"
    assert classify(_row("Officers left after the [[shooting]] ended.", "shooting")) \
        == "re-mention (definite noun)"
    assert classify(_row("The mayor [[visited]] the school.", "visited", "CONSULT")) == "other"
