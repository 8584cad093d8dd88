"""tools/mode_question_census.py: the five mode questions' selectors on
records written for this test (no gold set, no pipeline)."""

from __future__ import annotations

from typing import Any

from tools.mode_question_census import (
    census,
    counts,
    cue_pattern,
    sentence_bounds,
    tie_and_where,
)


def _event(text: str, trigger: str, typ: str, mode: str | None, cluster: str,
           nth: int = 0) -> dict[str, Any]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(trigger, at + 1)
    return {"trigger": {"start": at, "end": at + len(trigger), "text": trigger},
            "type": typ, "mode": mode, "cluster": cluster, "speaker": None}


def _record(text: str, events: list[dict[str, Any]], source: str = "own") -> dict[str, Any]:
    return {"id": "rec_zz-01", "_set": "rec_a", "source": source, "text": text,
            "events": events}


def test_cue_pattern_takes_inflections_and_a_dropped_e() -> None:
    pat = cue_pattern(["accuse", "gunman", "shoot"])
    assert pat.search("she accused him") and pat.search("accusing the mayor")
    assert pat.search("shooting") and pat.search("gunman")
    assert not pat.search("accusative") and not pat.search("shootout")


def test_sentence_bounds_skip_an_initial_and_stop_at_a_line_break() -> None:
    text = "Gen. Ali spoke. Troops killed U.S. envoys there.\nNext line."
    at = text.index("killed")
    b, e = sentence_bounds(text, at, at + 6)
    assert text[b:e].startswith("Troops") and "Next" not in text[b:e]
    b, _ = sentence_bounds(text, 5, 8)
    assert b == 0


def test_retold_killing_needs_a_weapon_elsewhere_and_none_in_its_sentence() -> None:
    text = ("Gunmen opened fire on a minibus near the market. "
            "The killings drew protests. A farmer was killed with a machete.")
    rec = _record(text, [_event(text, "opened fire", "ASSAULT", "firearms", "c1"),
                         _event(text, "killings", "ASSAULT", None, "c1"),
                         _event(text, "killed", "ASSAULT", "primitive", "c2")])
    rows = census([rec], "retold")
    assert [r["event"] for r in rows] == ["rec_zz-01#1"]
    assert rows[0]["cluster_modes"] == "firearms" and "firearms" in rows[0]["elsewhere"]
    alone = _record("The envoy was killed on Monday.",
                    [_event("The envoy was killed on Monday.", "killed", "ASSAULT", None, "c")])
    assert census([alone], "retold") == []


def test_request_accuse_entering_and_strike_rows() -> None:
    text = ("The council urged the army to release the students. "
            "The union accused the mayor of neglecting the dikes. "
            "Police blocked the marchers from reaching the square. "
            "The ministry condemned the strike on the depot.")
    rec = _record(text, [_event(text, "urged", "REQUEST", None, "a"),
                         _event(text, "accused", "ACCUSE", "disapprove", "b"),
                         _event(text, "blocked", "COERCE", "restrict", "c"),
                         _event(text, "condemned", "ACCUSE", "disapprove", "d"),
                         _event(text, "strike", "ASSAULT", "aerial", "e")], source="ecbplus:1_1")
    assert [r["cue"] for r in census([rec], "request")] == ["release"]
    accuse = census([rec], "accuse")
    assert [(r["trigger"], r["trigger_cue"], r["mode"]) for r in accuse] == [
        ("accused", "allege", "disapprove"), ("condemned", "disapprove", "disapprove")]
    assert [r["complement"] for r in census([rec], "entering")] == ["from reaching"]
    strike = census([rec], "strike")
    assert [(r["trigger"], r["elsewhere"]) for r in strike] == [("strike", "-")]
    assert "real disapprove 2" in counts(accuse)


def test_tie_and_where_read_the_headline_the_definite_noun_and_the_cause() -> None:
    text = ("Trader killed in market raid\nGunmen opened fire on traders in the market. "
            "The killings drew protests. Officials said the raid killed a trader.")
    rec = _record(text, [_event(text, "killed", "ASSAULT", "firearms", "c1"),
                         _event(text, "opened fire", "ASSAULT", "firearms", "c1"),
                         _event(text, "killings", "ASSAULT", "firearms", "c1"),
                         _event(text, "killed", "ASSAULT", "firearms", "c1", nth=1)])
    assert tie_and_where(rec, 0) == ("headline", "later")
    assert tie_and_where(rec, 2) == ("definite", "earlier")
    assert tie_and_where(rec, 3) == ("cause", "earlier")
    lone = _record(text, [_event(text, "killings", "ASSAULT", None, "c9")])
    assert tie_and_where(lone, 0)[1] == "no-mate"
