"""The gold census of undated speech acts under a dateline
(``tools/dateline_statement_census.py``, place40). Articles written for
these tests."""

from __future__ import annotations

from typing import Any

from tools.dateline_statement_census import dateline_span, in_class, rows_of

TEXT = ("Minister rebukes opposition\n"
        "ACCRA, May 2 (Reuters) - Ghana's information minister accused the opposition of "
        "spreading false figures. Police arrested two traders on Tuesday. The opposition "
        "said it would sue. France urged calm.")


def _span(text: str, word: str) -> dict[str, Any]:
    at = text.index(word)
    return {"start": at, "end": at + len(word), "text": word}


def _event(trigger: str, typ: str, actor: tuple[str, str | None] | None, day: str | None,
           place: str | None, cluster: str) -> dict[str, Any]:
    return {"trigger": _span(TEXT, trigger), "type": typ,
            "actor": None if actor is None else {**_span(TEXT, actor[0]), "country": actor[1]},
            "time": {"value": day, "granularity": "day" if day else "unknown",
                     "background": False},
            "place": None if place is None else _span(TEXT, place),
            "modality": "asserted", "cluster": cluster}


def _rows(*events: dict[str, Any]) -> list[dict[str, Any]]:
    return list(rows_of("rec_zz", {"id": "rec_zz-01", "text": TEXT, "events": list(events)}))


def test_the_dateline_is_found_on_the_line_after_the_title() -> None:
    m = dateline_span(TEXT)
    assert m is not None and m.group("place") == "ACCRA"
    assert dateline_span("A title\nNo dateline opens this text.") is None


def test_only_undated_speech_acts_of_the_body_count() -> None:
    """A dated act, a material act and a headline event are outside; an
    undated accusation of a local minister is in, placed at the dateline."""
    rows = _rows(
        _event("accused", "ACCUSE", ("minister", "GHA"), None, "ACCRA", "c1"),
        _event("arrested", "COERCE", ("Police", "GHA"), "2024-05-01", "ACCRA", "c2"),
        _event("rebukes", "ACCUSE", ("Minister", "GHA"), None, None, "c1"),
        _event("urged", "REQUEST", ("France", "FRA"), "2024-05-01", None, "c3"),
    )
    assert [(r["trigger"], r["outcome"], r["actor"], r["capital"]) for r in rows] == [
        ("accused", "dateline", "local", True)]
    assert in_class(rows[0])


def test_actor_classes_and_a_dated_cluster() -> None:
    """A foreign actor is outside the class; a mention whose cluster has a
    dated mention is outside (it follows its cluster); a null place counts."""
    rows = _rows(
        _event("sue", "THREATEN", ("opposition", "GHA"), None, None, "c4"),
        _event("urged", "REQUEST", ("France", "FRA"), None, None, "c5"),
        _event("accused", "ACCUSE", ("minister", "GHA"), None, "ACCRA", "c6"),
        _event("spreading", "ACCUSE", ("minister", "GHA"), "2024-05-02", None, "c6"),
    )
    by = {r["trigger"]: r for r in rows}
    assert set(by) == {"sue", "urged", "accused"}
    assert by["sue"]["outcome"] == "null" and in_class(by["sue"])
    assert by["urged"]["actor"] == "foreign" and not in_class(by["urged"])
    assert by["accused"]["cluster_dated"] and not in_class(by["accused"])
