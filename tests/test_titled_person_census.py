"""The titled-person census (tools/titled_person_census.py, issue #12,
branch recip54). Own sentences and records, no evaluation set read."""

from __future__ import annotations

from typing import Any

from tools.titled_person_census import kind_of, status_of, titled_surnames


def _p(text: str, start: int, sector: str | None) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text), "sector": sector}


def test_surnames_after_titles_and_in_role_appositions() -> None:
    text = ("Sgt. Mara Lindqvist questioned the driver. Later a deputy, Owen Pike, "
            "said Judge Adaeze Okafor would rule.")
    assert titled_surnames(text) == {"Lindqvist", "Pike", "Okafor"}
    assert titled_surnames("The mayor thanked residents.") == set()


def test_kind_titled_surname_pronoun_or_outside() -> None:
    names = {"Lindqvist", "Pike"}
    assert kind_of("Capt. Rui Sousa", names) == "titled"
    assert kind_of("Lindqvist", names) == "surname"
    assert kind_of("Pike's", names) == "surname"
    assert kind_of("him", names) == "pronoun?"
    assert kind_of("him", set()) is None
    assert kind_of("the protesters", names) is None


def test_status_of_prediction() -> None:
    gold = _p("Lindqvist", 20, "COP")
    assert status_of(gold, None) == "null"
    assert status_of(gold, _p("the driver", 60, "CVL")) == "other mention"
    assert status_of(gold, _p("Lindqvist", 20, "CVL")) == "wrong code"
    assert status_of(gold, _p("Lindqvist", 20, "COP")) == "right"
    assert status_of(gold, {**_p("Lindqvist", 20, "CVL"), "sectors": ["CVL", "COP"]}) == "right"
