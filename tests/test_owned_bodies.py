"""Class *a state's body named by a common noun* (actors15,
:mod:`eventwire.stages.actors.owned_bodies`): sentences written for this
test, none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def senate(pipe: Pipeline, text: str) -> tuple[str | None, list[str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    found = [(m.country, list(m.sectors)) for m in doc._.actor_mentions if m.text == "Senate"]
    assert found, [(m.text, m.country) for m in doc._.actor_mentions]
    return found[0]


@pytest.mark.parametrize("text,country", [
    ("Nigeria's Senate rejected the electoral bill on Thursday.", "NGA"),
    ("The Kenyan Senate summoned the interior minister over the killings.", "KEN"),
    ("The Senate of the Philippines approved the treaty with Japan.", "PHL"),
    ("Poland’s Senate voted against the media law.", "POL"),
])
def test_the_owner_named_in_the_phrase(pipe: Pipeline, text: str, country: str) -> None:
    found = senate(pipe, text)
    assert found[0] == country and "LEG" in found[1], found


@pytest.mark.parametrize("text", [
    # bare, or owned by the KB's own country: the American Senate stays
    "The Senate voted new sanctions on Iran, and Iran's foreign minister condemned the vote.",
    "The US Senate confirmed the ambassador to Chile.",
])
def test_the_kb_country_stays_otherwise(pipe: Pipeline, text: str) -> None:
    assert senate(pipe, text)[0] == "USA"


@pytest.mark.parametrize("text,word,country", [
    # class *a national society of an international movement*
    ("The South African Red Cross sent aid to the flooded villages.", "Red Cross", "ZAF"),
    ("The Kenya Red Cross said 40 people died in the floods.", "Red Cross", "KEN"),
    ("The Palestine Red Crescent said its ambulances were hit.", "Red Crescent", "PSE"),
    ("The Red Cross visited the prisoners in the camp.", "Red Cross", None),
])
def test_a_national_society_of_a_movement(pipe: Pipeline, text: str, word: str,
                                          country: str | None) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    found = [(m.country, m.sectors) for m in doc._.actor_mentions if m.text == word]
    assert found and found[0][0] == country and "NGO" in found[0][1], found
