"""tools/mode_split.py: the decider of a dump row and the split of wrong
rows (rows written for this test)."""

from __future__ import annotations

from typing import Any

import pytest

from tools.mode_split import decider, split


def _row(final: str | None, cands: dict[str, list[str]], gold: str | None = "x",
         kind: str = "ASSAULT") -> dict[str, Any]:
    return {"final": final, "cands": cands, "gold": gold, "type": kind, "gold_type": kind,
            "set": "rec_a", "real": False, "article": "a1"}


@pytest.mark.parametrize("final,cands,learned,want", [
    ("drone", {"drone": ["rule", "rule|cascade", "cue_trig"], "null": []}, "drone", "cue:trig"),
    ("drone", {"drone": ["rule", "rule|cascade", "cue_clause"], "null": []}, "drone",
     "cue:clause"),
    ("drone", {"drone": ["rule", "rule|cascade", "cue_sent", "cue_sent_only"], "null": []},
     "drone", "cue:sent"),
    ("drone", {"drone": ["rule", "rule|cascade", "residual"], "null": []}, "drone", "default"),
    ("drone", {"drone": ["rule", "rule|inherit"], "null": []}, "drone", "inherit"),
    ("drone", {"drone": ["rule", "rule|cascade"], "null": []}, None, "ranker"),
    (None, {"drone": [], "null": ["rule", "rule|cascade", "null_no_cue"]}, None, "null:no-cue"),
    (None, {"drone": [], "null": ["rule", "rule|cascade", "null_cue_sent"]}, None,
     "null:cue-unused"),
    (None, {}, None, "unranked"),
])
def test_decider(final: str | None, cands: dict[str, list[str]], learned: str | None,
                 want: str) -> None:
    assert decider(_row(final, cands), learned) == want


def test_split_keeps_wrong_right_typed_rows() -> None:
    cands = {"drone": ["rule", "rule|cascade", "cue_trig"], "null": []}
    rows = [_row("drone", cands, gold="drone"), _row("drone", cands, gold=None),
            {**_row("drone", cands, gold=None), "type": "COERCE"}]
    groups = split(rows, ["drone", "drone", "drone"], [False, True, False])
    assert list(groups) == [("ASSAULT", "None -> drone", "cue:trig")]
    assert groups[("ASSAULT", "None -> drone", "cue:trig")][0]["short"] is True
