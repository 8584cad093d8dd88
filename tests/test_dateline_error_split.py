"""The dateline error split (``tools/dateline_error_split.py``, place39):
the served decision replayed on a row, the outcome classes and the
recollection mark. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from eventwire.stages.geo.dateline_model import DatelineModel
from tools.dateline_error_split import DIMENSIONS, decision, feat, outcome, recollection

YES = DatelineModel({"actor=local": 5.0}, bias=0.0)  # places every local actor's act
NO = DatelineModel({}, bias=-5.0)  # places nothing


def _row(feats: list[str], label: int = 1, rule: bool = False,
         sentence: str = "", trigger: str = "") -> dict[str, Any]:
    return {"set": "rec_z", "article": "z-1", "feats": feats, "label": label, "rule": rule,
            "sentence": sentence, "trigger": trigger, "real": False}


def test_feat_reads_a_value_or_a_dash() -> None:
    row = _row(["type=COERCE", "actor=local", "para=0"])
    assert feat(row, "type") == "COERCE"
    assert feat(row, "para") == "0"
    assert feat(row, "here") == "-"


def test_the_served_gates_apply() -> None:
    """A plan never keeps the dateline; a deployment or a denied act never
    gains it; a denied act the rules placed keeps it when the model agrees."""
    act = ["type=COERCE", "mod=asserted", "actor=local"]
    assert decision(YES, _row(act))
    assert not decision(NO, _row(act, rule=True))
    assert not decision(YES, _row(["type=CONSULT", "mod=future", "actor=local"], rule=True))
    assert not decision(YES, _row(["type=MOBILIZE", "mod=asserted", "actor=local"]))
    assert not decision(YES, _row(["type=ACCUSE", "mod=denied", "actor=local"]))
    assert decision(YES, _row(["type=ACCUSE", "mod=denied", "actor=local"], rule=True))


def test_outcomes() -> None:
    act = ["type=COERCE", "mod=asserted", "actor=local"]
    assert outcome(YES, _row(act, label=1)) == "ok1"
    assert outcome(NO, _row(act, label=1)) == "missed"
    assert outcome(YES, _row(act, label=0)) == "spurious"
    assert outcome(NO, _row(act, label=0)) == "ok0"
    assert outcome(YES, _row(act, label=-1)) == "elsewhere"


def test_recollection_is_a_pluperfect_before_the_trigger() -> None:
    assert recollection(_row([], sentence="The army had already seized the port in May.",
                             trigger="seized"))
    assert recollection(_row([], sentence="Rebels had shelled the town twice.",
                             trigger="shelled"))
    assert not recollection(_row([], sentence="Police seized the ledgers, he had said.",
                                 trigger="seized"))
    assert not recollection(_row([], sentence="Troops had arrived before they raided it.",
                                 trigger="raided"))


def test_dimensions_name_statements_and_attribution() -> None:
    row = _row(["verbal=True"], sentence="The mayor urged calm, her office said.")
    assert DIMENSIONS["statement"](row) == "statement"
    assert DIMENSIONS["attributed"](row) == "said"
    plain = _row(["verbal=False"], sentence="Crowds marched to the square.")
    assert DIMENSIONS["statement"](plain) == "act"
    assert DIMENSIONS["attributed"](plain) == "-"
