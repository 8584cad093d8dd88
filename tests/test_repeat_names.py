"""Class *a surname repeats the full name* (eventwire/stages/actors/repeat_names.py).
Every name here was made up for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.stages.actors.repeat_names import bare_surname, repeat_names


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


@pytest.mark.parametrize("title", ["Mr", "Ms.", "Dr"])
def test_a_courtesy_title_and_a_surname_repeat_the_full_name(title: str) -> None:
    """Class *"Mr"/"Ms" + surname repeats the full name* (recips29)."""
    full = _person("Albin Okoro", 0, "agent+title", "NGA", ["GOV"])
    short = _person(f"{title} Okoro", 50, "ner-PERSON+home", "NGA", ["CVL"])
    repeat_names([full, short])
    assert short.antecedent == 0 and short.sectors == ["GOV"], short


@pytest.mark.parametrize("text,surname", [
    ("Pinera", "Pinera"), ("Mr Kurti", "Kurti"), ("Mrs. Ofori", "Ofori"),
    ("Ada Okafor", None), ("Mr Kwame Mensah", None),
])
def test_bare_surname(text: str, surname: str | None) -> None:
    assert bare_surname(text) == surname


def test_courtesy_titles_are_the_described_stages_list() -> None:
    """review46: the courtesy titles are one list, shared with
    ``described._bare_name`` (was a second copy that had drifted)."""
    from eventwire.stages.actors import described
    from eventwire.stages.actors import repeat_names as module

    assert module.HONORIFICS is described.COURTESY
