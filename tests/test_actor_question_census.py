"""tools/actor_question_census.py: the two actor questions' selectors, on
records written here (no record set is read, no pipeline runs)."""

from __future__ import annotations

from tools.actor_question_census import (
    accused_acts,
    act_form,
    bare_class,
    bare_rows,
    blamed_class,
    dateline_city,
    majority,
    sentence_bounds,
)


def _span(text: str, word: str, country: str | None = None, after: int = 0) -> dict:
    at = text.index(word, after)
    return {"start": at, "end": at + len(word), "text": word, "country": country,
            "sector": None}


def _event(text: str, trigger: str, typ: str, actor: dict | None = None,
           recipient: dict | None = None, place: dict | None = None) -> dict:
    return {"trigger": _span(text, trigger), "type": typ, "actor": actor,
            "recipient": recipient, "place": place}


def _record(text: str, events: list[dict], title: str = "") -> dict:
    return {"id": "rec_zz-01", "_set": "rec_zz", "source": "own", "title": title,
            "text": text, "events": events}


def test_the_accused_act_in_the_complement_is_found_and_classed() -> None:
    text = "The mayor blamed the cartel for the ambush on the convoy. Police arrived."
    acc = _event(text, "blamed", "ACCUSE", _span(text, "The mayor"),
                 _span(text, "the cartel", "MEX"))
    rows = list(accused_acts(_record(text, [
        acc, _event(text, "ambush", "ASSAULT", _span(text, "the cartel")),
        _event(text, "arrived", "MOBILIZE", _span(text, "Police"))])))
    assert [(ai, zi) for ai, _a, zi, _z in rows] == [(0, 1)]   # not the next sentence
    assert blamed_class(rows[0][1], rows[0][3]) == "accused"
    assert blamed_class(acc, _event(text, "ambush", "ASSAULT")) == "none"
    assert blamed_class(acc, _event(text, "ambush", "ASSAULT", _span(text, "The mayor"))) \
        == "other"


def test_an_act_after_a_clause_boundary_is_no_accused_act() -> None:
    """A coordinated verb or a charge rejected after a comma is the
    accusation's neighbour, not its content."""
    text = "Farmers accused the governor of neglect and blocked the highway."
    acc = _event(text, "accused", "ACCUSE", _span(text, "Farmers"), _span(text, "the governor"))
    block = _event(text, "blocked", "PROTEST", _span(text, "Farmers"))
    assert list(accused_acts(_record(text, [acc, block]))) == []
    text2 = "Seoul accused the crew of spying on the port, a charge Pyongyang rejected."
    acc2 = _event(text2, "accused", "ACCUSE", _span(text2, "Seoul"), _span(text2, "the crew"))
    spying = _event(text2, "spying", "COERCE", _span(text2, "the crew"))
    rejected = _event(text2, "rejected", "REJECT", _span(text2, "Pyongyang"))
    found = list(accused_acts(_record(text2, [acc2, spying, rejected])))
    assert [zi for _ai, _a, zi, _z in found] == [1]
    assert act_form(text2, spying) == "gerund"
    text3 = "Kiev blamed Moscow for the blast."
    assert act_form(text3, _event(text3, "blast", "ASSAULT")) == "noun"


def test_sentence_bounds_and_majority() -> None:
    text = "First one. The second one here! Third"
    assert text[slice(*sentence_bounds(text, text.index("second")))].strip() \
        == "The second one here!"
    assert majority(["KEN", "UGA", "UGA", "KEN"]) == "KEN"   # a tie: the first named
    assert majority([]) is None


def test_dateline_city_reads_wire_datelines_only() -> None:
    title = "Police clear camp"
    assert dateline_city({"title": title, "text": title + "\n\nKISUMU, Kenya, May 3 (AFP) - "
                          "Police cleared ..."}) == ("KISUMU", "Kenya")
    assert dateline_city({"title": title, "text": title + "\n\nGOMA (Reuters) - Police ..."}) \
        == ("GOMA", None)
    assert dateline_city({"title": title, "text": title + "\n\nPolice cleared a camp - "
                          "and left."}) is None


def test_bare_agents_under_a_dateline_of_another_country() -> None:
    """A bare agent row is written only when the dateline's country is not
    the country most gold places lie in; a named agent is no bare agent."""
    title = "Police fire tear gas"
    text = (title + "\n\nKISUMU, May 3 (AFP) - Police fired tear gas at traders in Busia. "
            "Ugandan soldiers crossed at Busia.")
    busia = _span(text, "Busia", after=text.index("traders"))
    events = [_event(text, "fired", "ASSAULT", _span(text, "Police", "KEN", after=20),
                     place=busia),
              _event(text, "crossed", "MOBILIZE", _span(text, "Ugandan soldiers", "UGA"),
                     place=busia)]
    countries = {"KISUMU": "KEN", "Busia": "UGA"}
    rows = list(bare_rows([_record(text, events, title)],
                          lambda name, _lat, _lon: countries.get(name)))
    assert [(r["field"], r["gold"], r["class"]) for r in rows] \
        == [("actor", "Police/KEN", "dateline-scene")]
    assert bare_class("UGA", "KEN", "UGA", None) == "majority"
    assert bare_class(None, "KEN", "UGA", "UGA") == "neither-scene"
