"""tools/loto_certainty.py: the per-topic table and the macro over topics
(each topic weighs the same; a class absent from a topic is left out of
that class's mean)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

TOOL = Path(__file__).resolve().parents[1] / "tools" / "loto_certainty.py"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("loto_certainty", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def metrics(macro: float, f1: dict[str, float], under: float | None) -> dict[str, Any]:
    return {"n_certainty": 10, "certainty_macro_f1": macro, "certainty_f1": f1,
            "polarity_accuracy": 0.9, "polarity_underspecified_f1": under}


def test_macro_over_topics_weighs_topics_equally() -> None:
    tool = load()
    a = metrics(0.8, {"certain": 1.0, "probable": 0.6}, None)
    b = metrics(0.4, {"certain": 0.8, "possible": 0.2}, 1.0)
    m = tool._macro([a, b])
    assert m["certainty_macro_f1"] == 0.6
    assert m["certainty_f1"] == {"certain": 0.9, "probable": 0.6, "possible": 0.2,
                                 "underspecified": 0.0}
    assert m["polarity_underspecified_f1"] == 1.0
    assert m["n_certainty"] == 20


def test_report_has_a_row_per_topic_and_the_macro() -> None:
    tool = load()
    systems = {"rules": metrics(0.7, {"certain": 1.0}, None),
               "rules:t1": metrics(0.8, {"certain": 1.0}, None),
               "rules:t2": metrics(0.6, {"certain": 0.9}, 0.5)}
    table = tool.report(systems)
    assert "| rules, t1 |" in table and "| rules, t2 |" in table
    assert "macro over 2 topics" in table and "| rules, pooled |" in table
    assert "learned_loto" not in table
