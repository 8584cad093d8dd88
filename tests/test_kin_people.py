"""Class *people named by their kinship* (eventwire/stages/actors/kin_people.py).
Every sentence here was written for these tests; none comes from an
evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.kin_people import is_kin
from tests.conftest import event_with_trigger as event


@pytest.mark.parametrize("text,trigger", [
    ("The teenager's family rejects the police version of the crash in Leeds.", "rejects"),
    ("A witness was threatened by the brother of the accused driver outside the court in "
     "Leeds, prosecutors said.", "threatened"),
    ("The miner's widow criticised the mining company in Perth on Monday.", "criticised"),
    ("The sisters of the dead student accused the university in Accra of a cover-up.",
     "accused"),
])
def test_a_relative_built_from_the_parse_is_a_civilian(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.actor is not None and ev.actor.sectors[:1] == ["CVL"], ev.actor


@pytest.mark.parametrize("text,rule,sectors,kin", [
    ("the accused man's brother", "parse", [], True),
    ("her sisters", "parse+story", [], True),
    ("Son", "parse", [], True),
    ("the boy's family", "parse+located", [], True),
    ("the Muslim Brotherhood", "kb", ["OPP"], False),  # a body the actor stage coded
    ("the brother", "agent", ["REL"], False),  # a code of its own (a monk)
    ("the farmers", "parse", [], False),  # no kin word
    ("the family", "parse", ["GOV"], False),  # a sector already given
])
def test_is_kin(text: str, rule: str, sectors: list[str], kin: bool) -> None:
    m = ActorMention(start=0, end=len(text), text=text, rule=rule, sectors=sectors)
    assert is_kin(m) is kin
