"""The splitter of noun triggers of another time's act
(``tools/place_sequence_split.py``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.settings import Settings
from tools.place_sequence_split import key_of


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    return spacy.load(Settings().model)


def _row(sentence: str, trigger: str, town: str, basis: str = "clause") -> dict[str, Any]:
    start = sentence.index(town)
    place = {"start": 100 + start, "end": 100 + start + len(town), "text": town,
             "basis": basis, "lat": 1.0, "lon": 1.0}
    return {"sentence": sentence, "sentence_span": [100, 100 + len(sentence)],
            "trigger": trigger, "rule": place, "gold": None}


def test_keys_by_preposition_and_side(nlp: Any) -> None:
    assert key_of(nlp, _row("Troops detained men in Kidal two days after an ambush on a convoy.",
                            "ambush", "Kidal")) == "after outPP clause"
    assert key_of(nlp, _row("Police made arrests after an attack in Kabul on Tuesday.",
                            "attack", "Kabul", "trigger")) == "after inPP trigger"


def test_other_rows_have_no_key(nlp: Any) -> None:
    assert key_of(nlp, _row("Students marched in Dhaka after the verdict.",
                            "marched", "Dhaka")) is None  # a verb
    focus = _row("Crowds gathered in Tbilisi following the arrest.", "arrest", "Tbilisi", "focus")
    assert key_of(nlp, focus) is None  # no stated place


def test_keys_follow_the_rule_s_walk(nlp: Any) -> None:
    """review70: the tool mirrored place33's walk and missed what the rule
    now covers (an "of" complement, a two-word preposition)."""
    assert key_of(nlp, _row("Police detained forty people in Minsk after the start of the "
                            "protests.", "protests", "Minsk")) == "after outPP clause"
    assert key_of(nlp, _row("Police arrested six men in Quetta in the wake of the bombing.",
                            "bombing", "Quetta")) == "wake of outPP clause"
    assert key_of(nlp, _row("Shops stayed shut in Kherson during the strike by dockers.",
                            "strike", "Kherson")) == "during outPP clause"
