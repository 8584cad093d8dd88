"""The leader of a region or a people is its government (actors42,
eventwire/stages/actors/regional_leaders.py). Sentences written for these
tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline


def _mention(pipe: Pipeline, text: str, name: str):  # type: ignore[no-untyped-def]
    """The actor mention of ``text`` whose words are ``name``."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    found = [m for m in doc._.actor_mentions if m.text == name]
    assert found, [(m.text, m.rule) for m in doc._.actor_mentions]
    return found[0]


@pytest.mark.parametrize("text, name", [
    ("Chechen leader Ramzan Kadyrov warned on Monday that his fighters would respond "
     "to any attack.", "Ramzan Kadyrov"),
    ("Vadim Krasnoselsky, the Transnistrian leader, rejected the demand on Tuesday.",
     "Vadim Krasnoselsky"),
    ("Catalan leader Marta Vilalta called for a new referendum on Friday.", "Marta Vilalta"),
    ("Greenland's leader Aaja Olsen rejected the offer on Friday.", "Aaja Olsen"),
    ("Bosnian Serb leader Milan Jovic threatened to hold a referendum on secession.",
     "Milan Jovic"),
])
def test_a_regions_leader_is_its_government(actors_pipe: Pipeline, text: str,
                                            name: str) -> None:
    m = _mention(actors_pipe, text, name)
    assert m.sectors == ["GOV"] and "regional_leader" in m.rule, (m.sectors, m.rule)


@pytest.mark.parametrize("text, name", [
    # a party's leader (the party tagged as an organisation, not a place)
    ("Tavini leader Oscar Temaru condemned the violence on Tuesday.", "Oscar Temaru"),
    # a community's leader: "community" stands before the title
    ("Community leader John Obuya urged calm after the clashes.", "John Obuya"),
    # a protest's leader
    ("Protest leader Anna Petrova said the march would go ahead.", "Anna Petrova"),
    # no leader at all: a Chechen who is a private person
    ("Chechen businessman Ruslan Aliev denied the charges on Monday.", "Ruslan Aliev"),
])
def test_other_leaders_are_not_a_regions_government(actors_pipe: Pipeline, text: str,
                                                    name: str) -> None:
    m = _mention(actors_pipe, text, name)
    assert "regional_leader" not in m.rule and m.sectors != ["GOV"], (m.sectors, m.rule)
