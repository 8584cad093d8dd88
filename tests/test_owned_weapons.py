"""Class of eventwire/stages/events/owned_weapons.py: a weapon or craft owned
by a possessive pronoun acts for its owner. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,country", [
    ("Russia denied that its drones had attacked targets in Poland.", "attacked", "RUS"),
    ("Belarus insists its helicopters never entered Lithuanian airspace.", "entered", "BLR"),
    ("Moscow says their jets only patrolled over neutral waters and never attacked the "
     "convoy.", "attacked", "RUS"),
])
def test_the_owner_of_the_weapon_acts_through_its_military(
        event_rules_pipe: Pipeline, text: str, trigger: str, country: str) -> None:
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.country == country, ev.actor
    assert "MIL" in ev.actor.sectors, ev.actor


def test_a_thing_that_is_no_weapon_lends_no_owner(event_rules_pipe: Pipeline) -> None:
    """"its decision" is no weapon; a firm's "its ships" have no armed owner."""
    from datetime import date

    from eventwire.models import Article
    from eventwire.stages.events.owned_weapons import pronoun_owned_weapon

    text = ("Kenya said its decision would stand. Maersk said its ships would avoid the "
            "strait.")
    ((_, doc, _),) = list(event_rules_pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    for word in ("decision", "ships"):
        tok = next(t for t in doc if t.text == word)
        assert pronoun_owned_weapon(tok) is None, word


@pytest.mark.parametrize("text,trigger,sector", [
    ("Hamas said its rockets hit Ashkelon on Monday.", "hit", "REB"),
    ("The Houthis said their missiles hit a tanker off Hodeidah.", "hit", "REB"),
    ("The Nigerian police said their helicopters attacked a bandit camp in Zamfara.",
     "attacked", "COP"),
])
def test_an_armed_owner_keeps_its_own_sector(
        event_rules_pipe: Pipeline, text: str, trigger: str, sector: str) -> None:
    """review53: a group's or a police force's weapons are not a state's
    military."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and sector in ev.actor.sectors, ev.actor
    assert "MIL" not in ev.actor.sectors, ev.actor
