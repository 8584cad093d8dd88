"""Class *what a thing thrown, fired or pointed is aimed at*
(eventwire/stages/events/aimed.py): the at-phrase the parser hangs on the
weapon or projectile, or the verb's at-phrase after a passive thing."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.aimed import aimed_at, aimed_targets, fired_noun_targets, into_targets
from tests.conftest import event_with_trigger


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The man pointed a rifle at two police officers outside the bar.", "pointed", "officers"),
    ("Bottles were thrown at riot police near the stadium.", "thrown", "police"),
    ("The man pointed a loaded revolver at them before he fled.", "pointed", "them"),
    ("She pointed a knife at the cashier.", "pointed", "cashier"),
])
def test_the_aimed_at_target_becomes_a_candidate(event_pipe: Pipeline, text: str,
                                                 trigger: str, target: str) -> None:
    doc = event_pipe.nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    assert target in [t.text for t in aimed_targets(verb)]


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("The man pointed a rifle at two police officers outside the bar.", "pointed",
     "police officers"),
    ("Bottles were thrown at riot police near the stadium.", "thrown", "riot police"),
    ("A guard pointed a rifle at the reporters.", "pointed", "reporters"),
])
def test_the_aimed_at_party_is_the_recipient(event_pipe: Pipeline, text: str, trigger: str,
                                             recipient: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and recipient in ev.recipient.text


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police arrested a man at the airport on Monday.", "arrested"),  # a person, not a weapon
    ("The ministers signed a deal at the summit in Lima.", "signed"),
    ("Officers seized documents at the office of the mayor.", "seized"),
])
def test_an_at_phrase_of_another_object_is_where_not_whom(event_pipe: Pipeline, text: str,
                                                           trigger: str) -> None:
    doc = event_pipe.nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    assert aimed_targets(verb) == []


@pytest.mark.parametrize(("text", "target"), [
    ("Peru lawmakers back budget as police fire tear gas on protesters", "protesters"),
    ("Ghana: police fire tear gas on Mahama supporters in Accra", "supporters"),
    ("Guards fire rubber bullets at inmates after jail riot", "inmates"),
    ("Police fire water cannon on farmers outside parliament", "farmers"),
])
def test_a_headline_fire_parsed_as_a_noun_aims_at_its_target(event_pipe: Pipeline, text: str,
                                                             target: str) -> None:
    """Class *a headline's "fire" parsed as a noun modifier of its round*
    (recips30, ``aimed.fired_noun_targets``): the at/on phrase after the
    round names whom it is fired at."""
    ev = event_with_trigger(event_pipe, text, "fire")
    assert ev.recipient is not None and ev.recipient.text == target, ev.recipient


def test_a_fire_brigade_aims_at_no_one(event_pipe: Pipeline) -> None:
    """"fire" before a noun that is no weapon or round is no firing."""
    doc = event_pipe.nlp("Fire brigade on alert as heatwave grips Athens")
    assert fired_noun_targets(doc[0]) == []


def _aimed_by_the_phrase_walk(verb):  # type: ignore[no-untyped-def]
    """``aimed_targets`` as it read before speed48: the phrase walked first."""
    from eventwire.stages.events.aimed import _aim_objects, _force_word, _phrase

    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None:
        return []
    nouns = _phrase(thing)
    if not any(_force_word(t) for t in nouns):
        return []
    out = [g for t in nouns for g in _aim_objects(t)]
    return out + (_aim_objects(verb) if thing.dep_ == "nsubjpass" else [])


def test_the_force_word_gate_gives_the_phrase_walks_answer(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed48: the object's words between its edges are asked first whether
    one is a force word; every verb's targets equal the full walk's, and a
    thing with no force word between its edges has none."""
    from eventwire.stages.events.aimed import _may_hold_force

    doc = spacy_nlp("Riot police fired tear gas and rubber bullets at the marchers. "
                    "Bottles were thrown at officers near the stadium. "
                    "Guards arrested a courier at the airport and signed a deal at the summit. "
                    "Youths hurled volleys of petrol bombs and rocks at a police station.")
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert any(aimed_targets(v) for v in verbs)
    for verb in verbs:
        assert aimed_targets(verb) == _aimed_by_the_phrase_walk(verb), verb.text
    courier = next(t for t in doc if t.lower_ == "courier")
    assert not _may_hold_force(courier)


@pytest.mark.parametrize(("text", "noun"), [
    ("Unknown gunmen opened fire on a patrol outside the mining town late on Sunday.", "patrol"),
    ("Supporters of the home side threw plastic bottles at the linesmen during the second half.",
     "linesmen"),
    ("The troops fired at the procession as it reached the bridge.", "procession"),
    ("Riot police fired rubber bullets into the march near the port.", "march"),
    ("Two mounted officers charged into the picket line at the factory gate.", "line"),
    ("The sentries returned fire at the raiders from the watchtower.", "raiders"),
    ("Officers used pepper spray on the strikers outside the depot.", "strikers"),
])
def test_whom_a_round_or_a_throw_is_aimed_at_is_a_party(event_pipe: Pipeline, text: str,
                                                        noun: str) -> None:
    """Class *whom a round, a throw or a charge is aimed at is a party*
    (recip60, ``aimed.aimed_at``): a noun no actor table holds ("patrol",
    "linesmen", "procession") is still the one hit."""
    doc = event_pipe.nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert aimed_at(tok)


@pytest.mark.parametrize(("text", "noun"), [
    ("Soldiers fired shots into the air to disperse the crowd.", "air"),  # open space
    ("The company fired its chief executive on Friday after the audit.", "Friday"),
    ("Police arrested a man at the station on Monday.", "station"),  # no firing verb
    ("The minister threw his support behind the plan at the summit.", "summit"),  # no round
    ("At no time did the guards point their rifles at the villagers.", "time"),  # a time
    ("At one point the gunman fired shots at the ceiling.", "point"),
])
def test_other_prepositional_objects_are_not_aimed_at(event_pipe: Pipeline, text: str,
                                                      noun: str) -> None:
    doc = event_pipe.nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert not aimed_at(tok)


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Police fired into the crowd outside the stadium on Saturday.", "fired", "crowd"),
    ("A truck rammed into a group of pilgrims near the shrine.", "rammed", "group"),
    ("Officers on horseback charged into the demonstrators at the square.", "charged",
     "demonstrators"),
])
def test_what_a_round_or_a_charge_goes_into_is_a_candidate(event_pipe: Pipeline, text: str,
                                                            trigger: str, target: str) -> None:
    """Class *what a round fired or a charge goes into* (recip60,
    ``aimed.into_targets``); "into the air" is no one (:data:`aimed.OPEN_SPACE`)."""
    doc = event_pipe.nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    assert target in [t.text for t in into_targets(verb)]
    air = event_pipe.nlp("Guards fired into the air as the crowd surged.")
    assert into_targets(next(t for t in air if t.text == "fired")) == []


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("Unknown gunmen opened fire on a patrol outside the mining town late on Sunday.",
     "opened", "patrol"),
    ("Supporters of the home side threw plastic bottles at the linesmen during the second half.",
     "threw", "linesmen"),
    ("Riot police fired tear gas into the march near the port on Tuesday.", "fired", "march"),
])
def test_the_aimed_at_party_fills_the_recipient(event_pipe: Pipeline, text: str, trigger: str,
                                                recipient: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and recipient in ev.recipient.text
