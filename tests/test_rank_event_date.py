"""Topic-clean folds of the date ranker's tool (tools/rank_event_date.py, dates14)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from tools import rank_event_date as tool


def _data() -> tool.Data:
    """Rows of three sets; ECB+ topic ecb12 recurs in rec_x and rec_z, own texts have none."""
    d = tool.Data.__new__(tool.Data)
    d.sets = np.array(["rec_x", "rec_x", "rec_y", "rec_z", "rec_z"])
    d.topic = np.array(["ecb12", "", "ecb3", "ecb12", ""])
    return d


@pytest.fixture()
def clean() -> Iterator[None]:
    tool.CLEAN[0] = True
    yield None
    tool.CLEAN[0] = False


def test_plain_fold_leaves_out_the_held_set_only() -> None:
    d = _data()
    assert d.fold_out(d.sets == "rec_x").tolist() == [True, True, False, False, False]


def test_topic_clean_fold_leaves_out_the_held_sets_stories(clean: None) -> None:
    d = _data()
    # rec_x holds ecb12: rec_z's ecb12 article is left out too, its own text is not
    assert d.fold_out(d.sets == "rec_x").tolist() == [True, True, False, True, False]
    # an own text has no topic: nothing else is left out for it
    only_own = (d.sets == "rec_x") & (d.topic == "")
    assert d.fold_out(only_own).tolist() == [False, True, False, False, False]
    # ecb3 recurs nowhere else
    assert d.fold_out(d.sets == "rec_y").tolist() == [False, False, True, False, False]
