"""Class of eventwire/stages/events/owned_members.py: a body's members named
by a possessive pronoun act as the body (actors59). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,sector", [
    ("The Dockworkers Union of Calvera said its members would strike on Monday.",
     "strike", "LAB"),
    ("The miners' federation called a stoppage and said its members would march on the "
     "capital.", "march", "LAB"),
    ("The rebel Liberation Front said its commanders had captured two towns near the border.",
     "captured", "REB"),
])
def test_members_of_a_pronoun_act_as_the_body(event_rules_pipe: Pipeline, text: str,
                                              trigger: str, sector: str) -> None:
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.sectors[:1] == [sector], ev.actor


def test_no_body_lends_no_members(event_rules_pipe: Pipeline) -> None:
    """A state's "its officials" and a noun that is no member ("its
    supporters") are left to the phrase's own reading; a possessor that is
    no pronoun is ``agent_owners``'s."""
    from eventwire.models import Article
    from eventwire.stages.events.owned_members import pronoun_owned_members

    text = ("Kenya said its officials would attend the talks. The Dockworkers Union said its "
            "supporters would rally. The union's members would strike.")
    ((_, doc, _),) = list(event_rules_pipe.docs([Article(text=text)]))
    for word in ("officials", "supporters", "members"):
        tok = next(t for t in doc if t.text == word)
        assert pronoun_owned_members(tok) is None, word


@pytest.mark.parametrize("text,noun,sector,country", [
    # the members have a mention of their own ("commanders", "officials"):
    # the actor stage's side of the class (``agent_owners.pronoun_members``)
    ("The rebel Liberation Front said its commanders had captured two towns.", "commanders",
     "REB", None),
    ("KAMPALA - Ugandan police sealed the road on Monday. The Transport Workers Union said "
     "its officials would call a strike.", "officials", "LAB", "UGA"),
    ("The Mountain Liberation Army said its officers had shot down a helicopter.", "officers",
     "REB", None),
])
def test_member_mentions_of_a_pronoun_take_the_body(actors_pipe: Pipeline, text: str,
                                                    noun: str, sector: str,
                                                    country: str | None) -> None:
    from tests.test_actors import mentions_of

    _, mentions = mentions_of(actors_pipe, text)
    m = next(m for m in mentions if m.text == noun)
    assert m.sectors[:1] == [sector] and m.country == country, m
