"""A harm whose weapon is named in its adverbial clause
(eventwire/stages/events/harm_adjuncts.py, modes34). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


CASES = [
    ("Two farmers were killed when soldiers opened fire on the market.", "killed",
     "firearms"),
    ("Militiamen killed a trader as they sprayed bullets into the crowd.", "killed",
     "firearms"),
    ("Raiders attacked the convoy near Gao, firing machine guns at the lorries.", "attacked",
     "firearms"),
    # control: a clause of another time tells another act
    ("A shopkeeper was killed in Bor days after soldiers opened fire on a bus.", "killed",
     None),
]


@pytest.mark.parametrize("text,word,mode", CASES)
def test_rules(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)


# review77: only the adverbial clause's own words are read, and a "while" after
# a comma is the contrast of another act
OWN_WORDS = [
    ("The raid killed twelve people, bringing the number killed in airstrikes this month "
     "to ninety.", "killed", None),
    ("Police killed two men in the north on Friday, while in the south rebels shelled a "
     "market.", "killed", None),
    ("A guard was killed when soldiers stormed a compound used by rebels for mortar "
     "attacks.", "killed", None),
    # controls: the clause's own weapon, a "while" of the same moment
    ("A shepherd was killed while troops shelled the hills.", "killed", "heavy-weapons"),
    ("A herder was killed when fighters armed with machetes raided the hamlet.", "killed",
     "primitive"),
    # control: a cause told inside the clause is read
    ("A clerk was killed when the shop caught fire after rioters threw a firebomb through "
     "the window.", "killed", "explosives"),
]


@pytest.mark.parametrize("text,word,mode", OWN_WORDS)
def test_own_words(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)


# "whilst", the British "while", is a marker of the same moment (refactor36:
# one list with geo.place_scope)
@pytest.mark.parametrize("text", [
    "Three farmers were killed whilst soldiers opened fire on the market.",
    "Two porters were killed whilst militiamen sprayed bullets into the depot.",
    "Gunmen killed a teacher whilst they sprayed bullets into the school.",
])
def test_a_whilst_clause_gives_the_harm_its_mode(pipe: Pipeline, text: str) -> None:
    event = event_at(pipe, text, "killed")
    assert (event.type, event.mode) == ("ASSAULT", "firearms"), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,mode", [
    # modes57: a gapped second harm ("and another wounded") shares its
    # adjunct with the first
    ("Two people were killed and another wounded in a shooting at the bottling plant on "
     "Monday.", "firearms"),
    ("One villager was killed and six others injured when troops shelled the market.",
     "heavy-weapons"),
    ("A driver was killed and his passenger injured in a roadside bombing outside the town.",
     "explosives"),
    ("A guard was killed and two others injured when gunmen stormed the bank in the town "
     "centre.", "firearms"),
    # control: a conjunct with its own auxiliary is another clause
    ("Three people were killed, and two others were wounded in a shooting later that night.",
     None),
])
def test_gapped_conjunct_shares_its_adjunct(pipe: Pipeline, text: str,
                                            mode: str | None) -> None:
    event = event_at(pipe, text, "killed")
    assert (event.type, event.mode) == ("ASSAULT", mode), (event.trigger.text, event.rules)
