"""Class *a company the knowledge base does not know* (orgs14,
:mod:`eventwire.stages.actors.companies`): sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.companies import _has_suffix


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def sectors_of(pipe: Pipeline, text: str, word: str) -> list[list[str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [list(m.sectors) for m in doc._.actor_mentions if m.text == word]


@pytest.mark.parametrize("text,word", [
    # a legal form ends the name
    ("Police raided the offices of Zenlor Ltd in Nairobi.", "Zenlor Ltd"),
    ("Regulators in Brussels fined Brightwave Corp on Tuesday.", "Brightwave Corp"),
    # a later short mention of that name is the same company
    ("The ministry fined Brightwave Corp on Tuesday. Brightwave said it would appeal.",
     "Brightwave"),
    # a business noun in apposition or as a title
    ("The carmaker Volvo criticized the Swedish government.", "Volvo"),
    ("Hexagon, the Swedish defence contractor, accused the Norwegian government of fraud.",
     "Hexagon"),
])
def test_company_shaped_names_are_business(pipe: Pipeline, text: str, word: str) -> None:
    assert ["BUS"] in sectors_of(pipe, text, word)


@pytest.mark.parametrize("text,word", [
    # a team of agencies is no company; "Group" is no legal form here
    ("The Disaster Management Group met the governor in Lagos.", "The Disaster Management Group"),
    ("A spokesman for Amnesty International condemned the arrests.", "Amnesty International"),
])
def test_other_organisations_keep_no_company_sector(pipe: Pipeline, text: str,
                                                    word: str) -> None:
    assert ["BUS"] not in sectors_of(pipe, text, word)


def test_has_suffix() -> None:
    assert _has_suffix("Apple Inc.") and _has_suffix("Rio Tinto plc")
    assert _has_suffix("the Kestrel Shipping Co.")
    assert not _has_suffix("Inc.") and not _has_suffix("Volvo Group")
    assert not _has_suffix("bbc. co.")  # a web address cut by the tokenizer


@pytest.mark.parametrize("text,word", [
    # kbsectors23: the name owns what only a company has (possessor,
    # compound, object of "of"); an all-caps name is no government body
    ("BRL's chief executive criticized the regulator on Monday.", "BRL"),
    ("Burger Hut restaurants removed green onions from their menus.", "Burger Hut"),
    ("Shares of Zentrix fell after the ministry fined it.", "Zentrix"),
    ("KLM shareholders criticized the Dutch government on Friday.", "KLM"),
    # every other mention of that name is the same company
    ("Kestrel Foods apologized on Tuesday. Kestrel Foods stores reopened.", "Kestrel Foods"),
])
def test_names_owning_company_things_are_business(pipe: Pipeline, text: str,
                                                  word: str) -> None:
    sectors = sectors_of(pipe, text, word)
    assert sectors and all(s == ["BUS"] for s in sectors)


@pytest.mark.parametrize("text,word", [
    # staff, a spokesman or a chairman belong to any body, not only a company
    ("The WHO's spokesman criticized the ministry.", "WHO"),
    ("Employees of UNRWA protested in Gaza on Monday.", "UNRWA"),
    ("The chairman of ECOWAS urged calm in Bamako.", "ECOWAS"),
])
def test_bodies_owning_common_things_are_no_company(pipe: Pipeline, text: str,
                                                     word: str) -> None:
    assert ["BUS"] not in sectors_of(pipe, text, word)


@pytest.mark.parametrize("text,word", [
    # the name is the subject and "its" owns a company noun in that clause
    ("BRL sued its former chief executive on Tuesday.", "BRL"),
    ("Burger Hut removed green onions from all its restaurants.", "Burger Hut"),
    ("Kestrel Foods recalled its products after the ministry's warning.", "Kestrel Foods"),
])
def test_subject_owning_company_things_is_business(pipe: Pipeline, text: str,
                                                   word: str) -> None:
    assert ["BUS"] in sectors_of(pipe, text, word)


@pytest.mark.parametrize("text,word", [
    # "its" in another clause, with a subject of its own, says nothing of the name
    ("The WHO said the ministry ignored its products.", "WHO"),
    ("UNRWA warned that the company would sell its stores.", "UNRWA"),
    ("ECOWAS said its staff would leave Bamako.", "ECOWAS"),
])
def test_its_elsewhere_is_no_company(pipe: Pipeline, text: str, word: str) -> None:
    assert ["BUS"] not in sectors_of(pipe, text, word)
