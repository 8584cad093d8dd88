"""Class of eventwire/stages/actors/force_pronouns.py: a police officer or
soldier named by a role noun is what a later object or possessive pronoun
of the same sentence stands for, so the pronoun takes the force's sector
(recip53). Every sentence here was written for these tests (none is from
an evaluation set); the near misses are a force that is the doer of the
pronoun's clause, a pronoun subject of the same person, a nearer named
person, a number that does not agree, a civilian noun and a subject pronoun."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def _antecedent(pipe: Pipeline, text: str, pronoun: str) -> str | None:
    """The antecedent's text the actor stage gives ``pronoun`` (None: none)."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    ms = doc._.actor_mentions
    m = next((m for m in ms if m.rule == "pronoun" and m.text == pronoun), None)
    return None if m is None or m.antecedent is None else ms[m.antecedent].text


@pytest.mark.parametrize("text,pronoun,antecedent", [
    ("Rioters clashed with police in the capital on Monday. A police officer suffered "
     "a broken arm when a thrown bottle hit him.", "him", "officer"),
    ("The inmate overpowered two officers in the van and handcuffed them to a "
     "railing before he fled.", "them", "officers"),
    ("The gunman wrestled a state trooper to the ground and grabbed her rifle.",
     "her", "trooper"),
    ("A soldier was wounded when insurgents shot him near the checkpoint.",
     "him", "soldier"),
    ("Two policemen were taken hostage, and the kidnappers later released them.",
     "them", "policemen"),
])
def test_a_force_role_noun_is_the_antecedent(actors_pipe: Pipeline, text: str,
                                             pronoun: str, antecedent: str) -> None:
    found = _antecedent(actors_pipe, text, pronoun)
    assert found is not None and found.endswith(antecedent), found


@pytest.mark.parametrize("text,pronoun", [
    # the force is the doer of the pronoun's own clause
    ("Officers detained a fisherman at the pier and questioned him for hours.", "him"),
    ("Soldiers stopped two farmers at the gate and searched their truck.", "their"),
    # a pronoun subject of the same person is the doer
    ("An officer said he had stopped him on the highway.", "him"),
    # number does not agree
    ("Police officers found a man bleeding and drove him to hospital.", "him"),
    # a civilian role noun is not read here
    ("A shopkeeper was hurt when a stone hit him.", "him"),
])
def test_not_a_force_antecedent(actors_pipe: Pipeline, text: str, pronoun: str) -> None:
    found = _antecedent(actors_pipe, text, pronoun)
    assert found is None or not any(w in found for w in ("officer", "Soldiers", "Officers")), \
        found


def test_a_nearer_named_person_wins(actors_pipe: Pipeline) -> None:
    text = ("A deputy said Maria Lopez was in the car when a stray bullet hit her.")
    assert _antecedent(actors_pipe, text, "her") == "Maria Lopez"


@pytest.mark.parametrize("text,trigger,sector", [
    ("Rioters clashed with police on Monday. A police officer suffered a broken arm "
     "when a thrown bottle hit him.", "hit", "COP"),
    ("A soldier was wounded when insurgents shot him near the checkpoint in Kandahar.",
     "shot", "MIL"),
])
def test_the_recipient_takes_the_force_sector(event_pipe: Pipeline, text: str, trigger: str,
                                              sector: str) -> None:
    found = [e for e in events_of(event_pipe, text) if e.trigger.text == trigger]
    assert found and found[0].recipient is not None, found
    assert sector in found[0].recipient.sectors, found[0].recipient


@pytest.mark.parametrize("text,pronoun", [
    # the role noun is the doer of a clause with no subject of its own
    ("The constable accused of beating him in a cell was suspended.", "him"),
    # a person word stands between the role noun and the pronoun
    ("A trooper was chasing a man through the woods and hoped to catch him by dusk.", "him"),
])
def test_the_role_noun_does_the_act(actors_pipe: Pipeline, text: str, pronoun: str) -> None:
    found = _antecedent(actors_pipe, text, pronoun)
    assert found is None or not found.endswith(("constable", "trooper")), found


@pytest.mark.parametrize("text,pronoun,antecedent", [
    # a force noun the actor tables do not hold becomes the antecedent
    ("The prisoner knocked down a guard and grabbed her keys.", "her", "guard"),
    ("Rioters cornered two wardens in the yard and beat them with sticks.", "them", "wardens"),
])
def test_a_bare_force_noun_is_added(actors_pipe: Pipeline, text: str, pronoun: str,
                                    antecedent: str) -> None:
    assert _antecedent(actors_pipe, text, pronoun) == antecedent


@pytest.mark.parametrize("text,pronoun", [
    # a coast guard is a body, and "her" is the boat
    ("The coast guard stopped a trawler and seized her catch.", "her"),
    # the guards do the act
    ("Two guards saw a man climb the fence and shot him.", "him"),
])
def test_no_bare_force_noun(actors_pipe: Pipeline, text: str, pronoun: str) -> None:
    found = _antecedent(actors_pipe, text, pronoun)
    assert found is None or "guard" not in found, found
