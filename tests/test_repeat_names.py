"""Class *a surname repeats the full name* (eventwire/stages/actors/repeat_names.py).
Every name here was made up for these tests."""

from __future__ import annotations

from eventwire.models import ActorMention
from eventwire.stages.actors.repeat_names import repeat_names


def _person(text: str, start: int, rule: str = "ner-PERSON", country: str | None = None,
            sectors: list[str] | None = None) -> ActorMention:
    return ActorMention(start=start, end=start + len(text), text=text, kind="person",
                        country=country, sectors=sectors or [], rule=rule)


def test_a_surname_takes_the_full_names_identity() -> None:
    full = _person("Daniel Mwangi", 0, "agent+title", "KEN", ["GOV"])
    short = _person("Mwangi", 40, "ner-PERSON+home", "KEN", ["CVL"])
    mentions = [full, short]
    repeat_names(mentions)
    assert short.antecedent == 0 and short.sectors == ["GOV"] and short.rule.endswith("+repeat")


def test_a_surname_with_its_own_identity_keeps_it() -> None:
    full = _person("Rosa Oduya", 0, "agent+title", "UGA", ["GOV"])
    short = _person("Oduya", 30, "kb", "UGA", ["OPP"])
    repeat_names([full, short])
    assert short.sectors == ["OPP"]


def test_other_surnames_are_not_linked() -> None:
    mentions = [_person("Tomas Ruiz", 0), _person("Lopez", 20)]
    repeat_names(mentions)
    assert mentions[1].antecedent is None
