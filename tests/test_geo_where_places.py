"""The class of ``eventwire/stages/geo/where_places.py`` (place24): an act
told in a "where" clause happens at the place the clause hangs on.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.place_scope import VARIANTS
from tests.test_geo_event_place import name_of, place


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.mark.parametrize("text,trigger,city", [
    ("He later drove to Hebron, where he stabbed a guard with a knife.", "stabbed", "Hebron"),
    ("Rioters marched to the Ruiru area, where they torched two police cars.", "torched",
     "Ruiru"),
    ("Protesters gathered outside Lyon's city hall, where police arrested 12 people.",
     "arrested", "Lyon"),
    ("The convoy reached Mombasa, where gunmen ambushed the soldiers on Tuesday.", "ambushed",
     "Mombasa"),
    ("The hostages were taken to Gao, where the militants beat them and seized their "
     "phones.", "seized", "Gao"),
])
def test_an_act_told_in_a_where_clause_happens_at_its_antecedent(
        pipe: Pipeline, text: str, trigger: str, city: str) -> None:
    """Class *an act told in a "where" clause* (place24): the clause says
    what happened at the place it hangs on, even when the trigger has an
    object (once read as a transfer whose destination is no place)."""
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,other", [
    ("The soldiers were flown to Nigeria, where police arrested the suspect.", "arrested",
     "Nigeria"),
    ("Police chased the gunman to Tema, who later shot a guard in Accra.", "shot", "Tema"),
    ("They drove to Hebron, where officials said troops had raided a village near Nablus.",
     "raided", "Hebron"),
])
def test_a_where_clause_does_not_place_a_country_or_another_clause(
        pipe: Pipeline, text: str, trigger: str, other: str) -> None:
    """Not a country, not a "who" clause, and the act's own locative wins."""
    assert name_of(place(pipe, text, trigger)) != other


def test_the_where_clause_is_a_switchable_class(pipe: Pipeline,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    text = "He later drove to Hebron, where he stabbed a guard with a knife."
    monkeypatch.setitem(VARIANTS, "where_clause", False)
    assert name_of(place(pipe, text, "stabbed")) != "Hebron"


def test_one_reading_of_a_chain_of_conjuncts() -> None:
    """The "where" clause and the shared locative climb a chain of conjuncts
    of one subject the same way (``geo/conjuncts.py``), not each with its
    own copy of the walk and of the subject test."""
    from eventwire.stages.geo import conjuncts, place_scope, where_places
    assert where_places.chain_root is conjuncts.chain_root
    assert place_scope.chain_root is conjuncts.chain_root
    assert not hasattr(where_places, "_own_subject")


@pytest.mark.parametrize("text,trigger,city", [
    ("Rebels reached Kidal, where they carried out an attack on an army post.", "attack",
     "Kidal"),
    ("The march ended in Ruiru, where a riot broke out after dark.", "riot", "Ruiru"),
])
def test_an_event_noun_of_the_where_clause(pipe: Pipeline, text: str, trigger: str,
                                           city: str) -> None:
    """An event noun is the where clause's act as the subject of its verb or
    the object of a light verb ("carried out an attack")."""
    assert name_of(place(pipe, text, trigger)) == city


@pytest.mark.parametrize("text,trigger,other", [
    ("The minister flew to Hebron, where he condemned the bombing.", "bombing", "Hebron"),
    ("The envoy travelled to Tamale, where she denounced the shooting.", "shooting",
     "Tamale"),
])
def test_an_act_the_where_clause_only_talks_about(pipe: Pipeline, text: str, trigger: str,
                                                  other: str) -> None:
    """An event noun that is the object of another act of the clause ("where
    he condemned the bombing") is talked about there, not done there."""
    assert name_of(place(pipe, text, trigger)) != other
