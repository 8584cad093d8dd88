"""The split of the events only their recipient keeps short of a full record
(tools/recipient_short_split.py). Own sentences and made-up records only."""

from __future__ import annotations

from typing import Any

from tools.recipient_short_split import (
    Row,
    code_class,
    governor,
    nominal_cause,
    only_recipient,
    option_class,
    outcome_group,
    table,
)

TEXT = "The border guards in Narva detained two fishermen from Pskov on Tuesday."


def _m(part: str, country: str | None = None, sector: str | None = None) -> dict[str, Any]:
    start = TEXT.index(part)
    return {"start": start, "end": start + len(part), "text": part, "country": country,
            "sector": sector}


def _event(recipient: dict[str, Any] | None) -> dict[str, Any]:
    return {"trigger": _m("detained"), "type": "COERCE", "mode": "arrest",
            "actor": _m("The border guards", "EST", "COP"), "recipient": recipient,
            "time": {"value": None, "granularity": "unknown", "background": False},
            "place": None, "speaker": None, "relays": [], "modality": "asserted",
            "condition": None}


def test_outcome_groups() -> None:
    fishermen = _m("two fishermen", "RUS", "CVL")
    assert outcome_group(fishermen, None) == "predicted none"
    assert outcome_group(None, fishermen) == "gold none"
    assert outcome_group(fishermen, _m("Narva", "EST", "GOV")) == "wrong span"
    assert outcome_group(fishermen, _m("two fishermen", "EST", "CVL")) == "right span, wrong code"
    assert outcome_group(fishermen, _m("fishermen", "RUS", "CVL")) == "right"


def test_only_recipient_is_the_one_wrong_field() -> None:
    gold = _event(_m("two fishermen", "RUS", "CVL"))
    assert only_recipient(gold, _event(None))
    assert not only_recipient(gold, _event(_m("two fishermen", "RUS", "CVL")))
    other = {**_event(None), "actor": _m("Narva", "EST", "GOV")}
    assert not only_recipient(gold, other)  # the actor is wrong too


def test_option_class() -> None:
    row = {"labels": [False, False, True],
           "features": [["none"], ["src=cand", "rule=kb"], ["src=bare", "rule=bare_noun"]]}
    assert option_class(row) == "right option: bare/bare_noun"
    assert option_class({**row, "labels": [True, False, False]}) == "no right option"
    extra = {"labels": [False, True], "features": [["none"], ["src=clause", "rule=agent",
                                                              "extra"]]}
    assert option_class(extra) == "right option: clause/agent (extra)"
    assert option_class(None) == "not collected"


def test_table_counts_and_spread(capsys: Any) -> None:
    rows: list[Row] = [
        ("rec_a", "real", "predicted none", "dobj", "no right option", "-", "-", "-", "-"),
        ("rec_b", "own", "predicted none", "dobj", "no right option", "-", "-", "-", "-"),
        ("rec_b", "own", "gold none", "prep:to", "no right option", "-", "-", "-", "-")]
    table(rows, 3, "construction", 10)
    out = capsys.readouterr().out.splitlines()
    assert "| predicted none | dobj | 2 | 1 / 1 | 2 a,b |" in out
    assert "| gold none | prep:to | 1 | 0 / 1 | 1 b |" in out


def test_governor_names_the_noun_or_the_dependency(event_pipe: Any) -> None:
    """recip34: the noun a mention hangs from, else its tie to the trigger."""
    text = "The council demanded the release of two fishermen and charged the captain."
    doc = event_pipe.nlp(text)

    def at(part: str) -> dict[str, Any]:
        start = text.index(part)
        return {"start": start, "end": start + len(part)}

    assert governor(doc, at("demanded"), at("two fishermen")) == "noun:release"
    assert governor(doc, at("charged"), at("the captain")) == "charge:dobj"


def test_nominal_cause_splits_the_parse_ties(event_pipe: Any) -> None:
    """recip35: how the victim hangs from a noun trigger of harm or arrest."""
    text = ("Fishermen protest killing of two divers\n"
            "Crowds marched in Tallinn after the killing of two divers near a pier. "
            "A judge freed the cook a day after his arrest. "
            "The guards were blamed for the clerk's detention.")
    doc = event_pipe.nlp(text)

    def at(part: str, nth: int = 0) -> dict[str, Any]:
        start = text.index(part)
        for _ in range(nth):
            start = text.index(part, start + 1)
        return {"start": start, "end": start + len(part)}

    assert nominal_cause(doc, at("killing", 1), at("two divers", 1), "ASSAULT") == "of on trigger"
    assert nominal_cause(doc, at("killing"), at("two divers"), "ASSAULT").startswith("headline ")
    assert nominal_cause(doc, at("arrest"), at("his"), "COERCE") == "possessive pronoun"
    assert nominal_cause(doc, at("detention"), at("the clerk"), "COERCE") == "possessive noun"
    assert nominal_cause(doc, at("marched"), at("Crowds"), "PROTEST") == "-"


def test_code_class_names_the_wrong_code(event_pipe: Any) -> None:
    """recip36: the wrong country (the actor's or another) or the sector,
    marked when a crime-group word is near the mention."""
    doc = event_pipe.nlp(TEXT)
    gold = _event(_m("two fishermen", "RUS", "CVL"))
    assert code_class(doc, gold, _event(_m("two fishermen", "EST", "CVL"))) \
        == "country: the actor's"
    assert code_class(doc, gold, _event(_m("two fishermen", None, "CVL"))) == "country: none"
    pred = _event(_m("two fishermen", "RUS", "CVL") | {"sectors": ["CVL", "PPL"]})
    assert code_class(doc, _event(_m("two fishermen", "RUS", "REF")), pred) \
        == "sector REF -> CVL+PPL"
    assert code_class(doc, gold, gold) == "-"
    text = "Police in Narva detained two men said to run a drug cartel."
    doc = event_pipe.nlp(text)
    start = text.index("two men")
    men = {"start": start, "end": start + 7, "text": "two men", "country": "EST",
           "sectors": ["CVL"]}
    assert code_class(doc, {"recipient": men | {"sector": "UAF"}}, {"recipient": men}) \
        == "sector UAF -> CVL [crime group near]"
