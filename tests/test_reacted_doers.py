"""Class of eventwire/stages/events/reacted_doers.py: a reaction told in a
summarising apposition ("…, a move Z condemned", "an attack condemned by
Z", "in a decision Z is appealing") or a "which" relative standing for the
act takes the act's doer as recipient (relabel59). Every sentence here was
written for these tests (none is from an evaluation set); the near misses
name no doer (a passive with no agent), give the reaction's own actor as
the doer, or judge a thing no one in the sentence made."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def _reaction(pipe: Pipeline, text: str, trigger: str):  # type: ignore[no-untyped-def]
    evs = events_of(pipe, text)
    found = [e for e in evs if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.type) for e in evs]
    return found[0]


@pytest.mark.parametrize("text,trigger,doer", [
    # a summarising noun beside the clause, with a relative reaction
    ("Seoul suspended the military pact, a move Pyongyang welcomed.", "welcomed", "Seoul"),
    ("The regional council banned fishing in the bay, a measure the fishermen's union "
     "rejected.", "rejected", "council"),
    # a passive participle reaction with its by-agent
    ("The army shelled the border villages, an attack condemned by the United Nations.",
     "condemned", "army"),
    # a claim sums up the saying, not the clause said
    ("The mayor said the union had sabotaged the talks, a claim the union denied.",
     "denied", "mayor"),
    # a "which" relative standing for the act
    ("Hanoi detained a Chinese trawler near the islands, which Beijing condemned on "
     "Tuesday.", "condemned", "Hanoi"),
])
def test_the_doer_is_the_recipient(event_rules_pipe: Pipeline, text: str, trigger: str,
                                   doer: str) -> None:
    ev = _reaction(event_rules_pipe, text, trigger)
    assert ev.recipient is not None and doer in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,wrong", [
    # a passive act with no agent: no doer named
    ("Mira Lund was detained at the airport, a step her lawyers condemned.", "condemned",
     "Lund"),
    # the reaction's own actor did the act
    ("Vienna expelled the attache, a decision Vienna defended on Friday.", "defended",
     "Vienna"),
    # the clause only judges a thing whose author is not named
    ("The agency praised the report, which critics condemned.", "condemned", "agency"),
    # the head noun does the reacting ("a lawyer who criticised it")
    ("Police questioned Ivo Brandt, a lawyer who criticised the raid.", "criticised",
     "Police"),
    # "which" after a name stands for the party, not an act
    ("The council cut its grant to Greenpeace, which the mayor accuses of lying.",
     "accuses", "council"),
    # "which" after an act noun: the ruling's own doer is not named
    ("The firm said it would appeal the verdict, which its lawyers called unjust.", "called",
     "firm"),
    # "said in a statement that ..." is no summarising "in a move"
    ("The prosecutor said in a statement that the march had not been approved and that the "
     "organisers would face charges.", "charges", "prosecutor"),
    # a habit is no clause's act
    ("Fishermen landed their catch in plastic crates, a practice inspectors condemned.",
     "condemned", "Fishermen"),
    # an agreement told in the relative is no reaction
    ("Tehran breached the accord, which both sides signed in 2015.", "signed", "Tehran"),
])
def test_near_misses(event_rules_pipe: Pipeline, text: str, trigger: str, wrong: str) -> None:
    evs = [e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger]
    for ev in evs:
        got = ev.recipient.text if ev.recipient is not None else ""
        assert wrong not in got, got
