"""The finer split of missing recipients (tools/recipient_missing_split.py).
Own sentences only."""

from __future__ import annotations

from typing import Any

from eventwire.nlp.pipeline import Pipeline
from tools.recipient_missing_split import sub_class, table


def _m(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def test_sub_classes(event_pipe: Pipeline) -> None:
    text = ("The ministry in Lima said the rebels had shelled a bridge, a claim the "
            "army denied. The union in Quito warned that it would strike if the cabinet "
            "did not act. "
            "The mayor of Tunis was on trial for fraud.")
    doc = event_pipe.nlp(text)
    assert sub_class(doc, _m(text, "denied"), _m(text, "the rebels")) == "summing noun"
    assert sub_class(doc, _m(text, "strike"), _m(text, "the cabinet")) == "condition clause"
    assert sub_class(doc, _m(text, "trial"), _m(text, "The mayor")) == "undergone noun"
    assert sub_class(doc, _m(text, "shelled"), _m(text, "The ministry")).startswith("path: ")


def test_table_counts_gains_and_losses(capsys: Any) -> None:
    old = {("rec_a", "1", 0): ("summing noun", "own", "missing"),
           ("rec_b", "2", 0): ("summing noun", "real", "right")}
    new = {("rec_a", "1", 0): ("summing noun", "own", "right"),
           ("rec_b", "2", 0): ("summing noun", "real", "missing")}
    table(new, old)
    row = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("| summing"))
    assert row == "| summing noun | 1 | 1 / 0 | 1 b | 1 | 1 (a) | 1 |"


def test_table_counts_only_missing_made_right_and_right_made_missing(capsys: Any) -> None:
    """review57: a wrong recipient made right, or a right one made wrong, is
    no gain or loss of a table of missing recipients."""
    old = {("rec_c", "3", 0): ("condition clause", "own", "wrong entity"),
           ("rec_d", "4", 1): ("condition clause", "real", "right"),
           ("rec_e", "5", 2): ("condition clause", "own", "missing")}
    new = {("rec_c", "3", 0): ("condition clause", "own", "right"),
           ("rec_d", "4", 1): ("condition clause", "real", "wrong entity"),
           ("rec_e", "5", 2): ("condition clause", "own", "missing")}
    table(new, old)
    row = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("| condition"))
    assert row == "| condition clause | 1 | 0 / 1 | 1 e | 1 | 0 () | 0 |"
