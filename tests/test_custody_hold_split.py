"""The census helpers of tools/custody_hold_split.py."""

from __future__ import annotations

from tools import custody_hold_split as split


def test_a_trigger_covers_the_span() -> None:
    events = [{"trigger": {"start": 10, "end": 14}}]
    assert split._covers(events, 12, 16)
    assert not split._covers(events, 14, 18)
    assert not split._covers([], 0, 4)


def test_ecb_copies_count_as_one_story() -> None:
    a = {"id": "rec_c-03", "source": "ecbplus:12_4ecb"}
    b = {"id": "rec_q-07", "source": "ecbplus:12_11ecbplus"}
    assert split._story(a) == split._story(b)
    assert split._story({"id": "rec_d-01", "source": "own"}) == "rec_d"
