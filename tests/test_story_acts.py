"""The story-act split of predicted events (tools/story_acts.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tools.story_acts import story_act


def row(lemma: str, subj: str = "", kind: str = "ACCUSE") -> dict[str, Any]:
    return {"lemma": lemma, "subj_lemma": subj, "type": kind}


@pytest.mark.parametrize("r,act", [
    (row("kill", "cholera", "ASSAULT"), "natural doer"),
    (row("force", "protest", "COERCE"), "event doer"),
    (row("blame", "study"), "study or finding"),
    (row("investigate", "agency"), "investigation or test"),
    (row("urge", "ministry", "REQUEST"), "health advice"),
    (row("ban", "government", "COERCE"), "government measure"),
    (row("treat", "hospital", "AID"), "hospital or doctor"),
    (row("recall", "firm", "SANCTION"), "government measure"),
    (row("recall", "firm", "RETREAT"), "company act"),
    (row("meet", "minister", "CONSULT"), "other"),
])
def test_story_act(r: dict[str, Any], act: str) -> None:
    assert story_act(r) == act
