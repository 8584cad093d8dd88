"""The wrong-country actor splitter (tools/actor_country_split.py): records
written for these tests."""

from __future__ import annotations

from typing import Any

from tools.actor_country_split import country_class, fixed, right_country


def _event(actor: dict[str, Any] | None, recipient: dict[str, Any] | None = None,
           kind: str = "ACCUSE") -> dict[str, Any]:
    return {"type": kind, "actor": actor, "recipient": recipient}


def _m(text: str, start: int, country: str | None) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text), "country": country,
            "sector": "GOV", "sectors": ["GOV"]}


def test_a_right_or_unplaced_actor_has_no_class() -> None:
    gold = _event(_m("the ministry", 0, "MRT"))
    assert country_class(gold, _event(_m("ministry", 4, "MRT"))) is None
    assert country_class(_event(_m("the ministry", 0, None)),
                         _event(_m("ministry", 4, "MLI"))) is None
    assert country_class(gold, _event(_m("Kenya", 40, "KEN"))) is None  # no overlap


def test_an_actor_acting_on_its_own_state() -> None:
    gold = _event(_m("The cabinet", 0, "GHA"))
    pred = _event(_m("cabinet", 4, "TGO"), _m("Togo", 20, "TGO"))
    assert country_class(gold, pred) == "acts on its own state"
    offer = _event(_m("cabinet", 4, "TGO"), _m("Togo", 20, "TGO"), kind="AGREE")
    assert country_class(gold, offer) == "role noun"


def test_named_pronoun_and_no_country() -> None:
    gold = _event(_m("Interior Minister Ana Ruiz", 0, "PER"))
    assert country_class(gold, _event(_m("Ana Ruiz", 18, "CHL"))) == \
        "named, qualifier outside"
    assert country_class(_event(_m("Ana Ruiz", 0, "PER")),
                         _event(_m("Ana Ruiz", 0, "CHL"))) == "named"
    assert country_class(_event(_m("she", 0, "PER")), _event(_m("she", 0, "CHL"))) == "pronoun"
    assert country_class(gold, _event(_m("Ana Ruiz", 18, None))) == "no country"


def test_only_an_actor_put_right_is_a_gain() -> None:
    old = {("rec_a", "a-1", 10): ("pronoun", "rec_a", False),
           ("rec_b", "b-2", 40): ("role noun", "rec_b", True),
           ("rec_c", "c-3", 7): ("role noun", "rec_c", False)}
    # b-2 put right; a-1 lost by the second run (absent from its errors too); c-3 still wrong
    gains = fixed(old, {("rec_b", "b-2", 40), ("rec_x", "x-9", 3)})
    assert {c: dict(n) for c, n in gains.items()} == {"role noun": {"rec_b": 1}}


def test_right_country() -> None:
    gold = _event(_m("The ministry", 0, "GHA"))
    assert right_country(gold, _event(_m("ministry", 4, "GHA")))
    assert not right_country(gold, _event(_m("ministry", 4, "TGO")))
    assert not right_country(gold, _event(None))
    assert not right_country(gold, _event(_m("Togo", 40, "GHA")))  # no overlap
