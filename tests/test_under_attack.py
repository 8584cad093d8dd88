"""Class *who is under attack* (eventwire/stages/events/under_attack.py):
after "under", an attack noun's recipient is the clause's subject, the noun
the phrase modifies or the verb's object; its actor follows from/by."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.under_attack import under_attack
from tests.conftest import event_with_trigger


def _noun(pipe: Pipeline, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = pipe.nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "attacker", "attacked"), [
    ("The ferry was under attack from three speedboats, the coast guard said.", "attack",
     "speedboats", "ferry"),
    ("Marines rescued a merchant vessel under attack by pirates.", "attack", "pirates",
     "vessel"),
    ("The frigate escorted two tankers that were under attack from gunmen.", "attack",
     "gunmen", "tankers"),
    ("The police station came under sustained assault from rioters.", "assault", "rioters",
     "station"),
])
def test_the_attacked_and_the_attacker(event_pipe: Pipeline, text: str, word: str,
                                       attacker: str, attacked: str) -> None:
    found = under_attack(_noun(event_pipe, text, word))
    assert found is not None
    source, target = found
    assert source is not None and source.text == attacker
    assert target.text == attacked


@pytest.mark.parametrize(("text", "word"), [
    ("Rebels launched an attack on the town.", "attack"),  # its own on-phrase
    ("The opposition leader remains under house arrest.", "arrest"),  # custody: targets.py
    ("The plan came under criticism from lawmakers.", "criticism"),  # no attack noun
])
def test_other_nouns_are_left_alone(event_pipe: Pipeline, text: str, word: str) -> None:
    assert under_attack(_noun(event_pipe, text, word)) is None


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Marines rescued a merchant vessel under attack by pirates.", "pirates", "vessel"),
    ("The frigate escorted two tankers that were under attack from gunmen.", "gunmen",
     "tankers"),
    ("The ship was under attack from militants, the navy said.", "militants", "ship"),
])
def test_under_attack_end_to_end(event_pipe: Pipeline, text: str, actor: str,
                                 recipient: str) -> None:
    ev = event_with_trigger(event_pipe, text, "attack")
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient
    assert ev.actor is not None and actor in ev.actor.text, ev.actor
