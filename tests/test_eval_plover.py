"""Gold types of the PLOVER gold-standard records in the 2021 names
(``eval.plover.gold_label``), the one reader the re-typer's fitting shares."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.eval.plover import gold_label
from eventwire.stages.events import classifier


@pytest.mark.parametrize(("raw", "expected"), [
    ("FIGHT", "ASSAULT"), ("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"),
    ("INVESTIGATE", "ACCUSE"), ("PROTEST", "PROTEST"), ("AID", "AID"),
])
def test_gold_label_maps_older_names(raw: str, expected: str) -> None:
    assert gold_label({"event_type": raw}) == expected


def test_retyper_examples_take_the_2021_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "features", lambda cand, sent: [f"lemma={cand.token.lower_}"])
    token = SimpleNamespace(lower_="clashed", lemma_="clash")
    cand: Any = SimpleNamespace(token=token)
    records = [{"event_type": "FIGHT", "event_text": "troops clashed"},
               {"event_type": "DEMAND", "event_text": "no such word"}]
    got = list(classifier.labelled(records, [[(cand, None)], [(cand, None)]]))
    assert got == [(["lemma=clashed"], "ASSAULT")]
