"""Class *a known person named only by title and surname, or by a surname
the KB holds once* (eventwire.stages.actors.kb_surnames)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.stages.actors.kb import Actor, KnowledgeBase, Role
from eventwire.stages.actors.kb_surnames import known_person, surname_index


def _kb() -> KnowledgeBase:
    people = [
        Actor("p:a", "Ana Ortiz", "person", ["ana ortiz", "president ana ortiz"],
              [Role("ESTGOV", "2019-01-01", None)]),
        Actor("p:b", "Bo Ortiz", "person", ["bo ortiz"],
              [Role("ESTGOV", "1990-01-01", "1995-01-01")]),
        Actor("p:c", "Kim Lund", "person", ["kim lund"],
              [Role("SWEGOV", "1990-01-01", "2000-01-01"), Role("SWEELI")]),
        Actor("p:d", "Wu Pei", "person", ["wu pei"], [Role("CHNGOV", "2010-01-01", None)]),
        Actor("s:e", "Ortiz Bank", "organisation", ["ortiz bank"], [Role("MNCEST")]),
    ]
    return KnowledgeBase(people, [])


def test_index_holds_last_and_first_words_of_persons_only() -> None:
    index = surname_index(_kb())
    assert index["ortiz"] == {"p:a", "p:b"} and index["wu"] == {"p:d"}
    assert "president" not in index and "bank" not in index


def test_the_index_is_the_kbs_own_and_follows_an_added_person() -> None:
    """actors14: the index lives on the KnowledgeBase (no attribute set from
    outside) and a person added later (a user import) is found."""
    kb = _kb()
    assert surname_index(kb) is surname_index(kb)  # built once
    kb.add(Actor("p:f", "Eva Lund", "person", ["eva lund"], [Role("NORGOV")]))
    assert surname_index(kb)["lund"] == {"p:c", "p:f"}


@pytest.mark.parametrize("word,when,titled,expected", [
    ("Ortiz", date(2021, 5, 1), True, "p:a"),    # two Ortizes, one in office
    ("Ortiz", date(1993, 5, 1), True, "p:b"),    # the other one, then
    ("Ortiz", date(2021, 5, 1), False, None),    # untitled: the name is shared
    ("Lund", date(2021, 5, 1), True, "p:c"),     # "former Prime Minister Lund"
    ("Lund", date(2021, 5, 1), False, None),     # untitled and out of office
    ("Wu", date(2021, 5, 1), False, "p:d"),      # surname-first name, unique, serving
    ("Ortiz", None, True, None),                 # no date: no one is in office
])
def test_known_person(word: str, when: date | None, titled: bool, expected: str | None) -> None:
    found = known_person(_kb(), word, when, titled)
    assert (found.id if found else None) == expected


def _actor(pipe: Any, text: str, trigger: str, day: date) -> tuple[str | None, str | None]:
    art = Article(text=text, id="t", published=day, outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    ev = next(e.mention for e in events if e.mention.trigger.text == trigger)
    assert ev.actor is not None
    return ev.actor.name, ev.actor.country


@pytest.mark.parametrize("text,trigger,day,name,country", [
    ("Prime Minister Modi visited Dhaka on Friday.", "visited", date(2021, 3, 26),
     "Narendra Modi", "IND"),
    ("President Xi pledged support for Pakistan.", "pledged", date(2021, 4, 2),
     "Xi Jinping", "CHN"),
    ("Chancellor Scholz criticised the sanctions on Monday.", "criticised", date(2022, 6, 6),
     "Olaf Scholz", "DEU"),
    ("President Macron condemned the attack in Nice.", "condemned", date(2020, 10, 29),
     "Emmanuel Macron", "FRA"),
])
def test_titled_surnames_of_serving_leaders(full_pipeline: Any, text: str, trigger: str,
                                            day: date, name: str, country: str) -> None:
    assert _actor(full_pipeline, text, trigger, day) == (name, country)


def test_a_namesake_in_another_country_stays_unknown(full_pipeline: Any) -> None:
    """An untitled surname whose only KB holder's country the text never
    names is a namesake ("Costello" in an Italian story)."""
    name, _ = _actor(full_pipeline, "Police in Naples said Costello attacked a guard.",
                     "attacked", date(2006, 5, 2))
    assert name in (None, "Costello")


def test_each_key_function_gets_its_own_index() -> None:
    """A caller that indexes persons by another key (here the first word of
    every alias) must not be handed the index built for surnames."""
    kb = _kb()
    by_surname = surname_index(kb)
    by_first = kb.surname_index(lambda alias: {alias.split()[0]})
    assert by_first is not by_surname
    assert "ortiz" in by_surname and "ortiz" not in by_first
    assert surname_index(kb) is by_surname  # still built once
