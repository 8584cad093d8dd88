"""Class *"it" as a body's stance or act in reported speech*
(eventwire/stages/actors/agentive_it.py). Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("The Kenyan army said it was ready to withdraw its troops from the border town.",
     "withdraw", "KEN", "MIL"),
    ("The Turkish government said it was prepared to send troops to Libya.",
     "send", "TUR", "GOV"),
    ("Sudan's navy said it had taken steps to expel the trawler from its waters.",
     "expel", "SDN", "MIL"),
    ("Ghana's foreign ministry announced on Monday that it was willing to meet the rebel "
     "leaders in Accra.", "willing", "GHA", "GOV"),
    ("The Chilean miners' union said it was determined to strike until wages rose.",
     "strike", "CHL", "LAB"),
])
def test_reported_it_of_a_stance_or_act_is_the_speaker(event_pipe: Pipeline, text: str,
                                                        trigger: str, country: str,
                                                        sector: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.actor is not None, ev
    assert ev.actor.country == country and sector in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger", [
    # an adjective of appraisal: "it" is expletive
    ("Police said it was unclear who attacked the convoy.", "attacked"),
    # a duration: "it" is the task, no body
    ("Kenyan officials said it would take weeks to evacuate the town.", "evacuate"),
    # no speech verb above: "it" is the truce, not the army
    ("The Egyptian army proposed a truce. It was ready to be signed, and rebels "
     "withdrew from the town.", "signed"),
])
def test_it_that_is_no_body_is_left_alone(event_pipe: Pipeline, text: str,
                                          trigger: str) -> None:
    events = by_trigger(event_pipe, text)
    for ev in events.values():
        assert ev.actor is None or ev.actor.text.lower() != "it", ev


# Class *"it" as the party addressed or accused* (recips18): the object "it"
# of a verb said to or about a party, with a to-infinitive or an of / for /
# against / as complement, or of a verb of diplomatic standing.
@pytest.mark.parametrize("text,trigger,country", [
    ("Poland's foreign ministry criticised Belarus on Monday and urged it to release the "
     "detained reporters.", "urged", "BLR"),
    ("The United States imposed new sanctions on Venezuela and warned it against holding "
     "the vote.", "warned", "VEN"),
    ("Kosovo declared independence in 2008; Belgrade and Moscow do not recognise it.",
     "recognise", "XKX"),
    ("The Ugandan army summoned the envoy of Rwanda, accusing it of backing rebel "
     "attacks in the east.", "accusing", "RWA"),
])
def test_it_addressed_or_accused_is_the_recipient(event_pipe: Pipeline, text: str,
                                                   trigger: str, country: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.recipient is not None, ev
    assert ev.recipient.text == "it" and ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    # "blamed it on X": "it" is the act, the one blamed is X
    ("Rebels shelled the market and the army blamed it on foreign fighters.", "blamed"),
    # "called it a disgrace": no to-infinitive, "it" is what is judged
    ("Kenya's opposition leader called it a disgrace and walked out.", "called"),
    # a verb of the list with no complement that marks a party
    ("Egypt drafted the resolution and Sudan praised it.", "praised"),
])
def test_it_that_is_no_party_is_left_alone(event_pipe: Pipeline, text: str,
                                           trigger: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.recipient is None or ev.recipient.text.lower() != "it", \
        ev.recipient


# review18: a vote, talks or goods are boycotted, and "sanction" also means
# approve: neither verb makes its object "it" a party on its own
@pytest.mark.parametrize("text", [
    "The opposition called the referendum a sham and boycotted it.",
    "Parliament drafted the budget and the council sanctioned it.",
])
def test_it_boycotted_or_sanctioned_is_no_party(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.actors.agentive_it import addressed_it

    it = next(t for t in spacy_nlp(text) if t.lower_ == "it")
    assert not addressed_it(it)


def test_it_recognised_is_still_a_party(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.actors.agentive_it import addressed_it

    it = next(t for t in spacy_nlp("Abkhazia broke away in 1992; Georgia has never "
                                   "recognised it.") if t.lower_ == "it")
    assert addressed_it(it)


# review18: a passive to-infinitive says what is done to "it", a thing
@pytest.mark.parametrize("text,party", [
    ("The court ordered it to be demolished within a month.", False),
    ("Villagers found the shrine damaged and asked it to be rebuilt.", False),
    ("The donors urged it to be more open about the budget.", True),
])
def test_it_under_a_passive_infinitive_is_a_thing(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                                  party: bool) -> None:
    from eventwire.stages.actors.agentive_it import addressed_it

    it = next(t for t in spacy_nlp(text) if t.lower_ == "it")
    assert addressed_it(it) is party


# review18: "push" and "press" are also physical: with a preposition the object
# is a thing moved ("pushed it over the cliff"); only a to-infinitive makes a party
@pytest.mark.parametrize("text", [
    "Protesters tied ropes around the statue and pushed it over the railing.",
    "The medic took a bandage and pressed it against the wound.",
    "Rebels seized the truck and pushed it over the cliff.",
])
def test_it_pushed_or_pressed_somewhere_is_a_thing(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.actors.agentive_it import addressed_it

    it = next(t for t in spacy_nlp(text) if t.lower_ == "it")
    assert not addressed_it(it)


def test_it_pushed_to_act_is_a_party(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.actors.agentive_it import addressed_it

    it = next(t for t in spacy_nlp("Washington is pushing it to accept the deal.")
              if t.lower_ == "it")
    assert addressed_it(it)


# review18: "recognise it as" a failing or a fact is the acknowledging sense;
# the diplomatic one names a standing ("as a sovereign state")
@pytest.mark.parametrize("text,party", [
    ("The minister admitted the reform had failed and recognised it as a serious mistake.",
     False),
    ("The court recognised it as a breach of the contract.", False),
    ("Kosovo declared independence and Albania quickly recognised it as a sovereign state.",
     True),
])
def test_it_recognised_as_what(spacy_nlp, text: str, party: bool) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.actors.agentive_it import addressed_it

    it = next(t for t in spacy_nlp(text) if t.lower_ == "it")
    assert addressed_it(it) is party


# review18: "called it for X" declares a race won by X; "it" is the race
@pytest.mark.parametrize("text", [
    "The count was close, but the networks called it for the incumbent after midnight.",
    "Election officials called it for the opposition candidate on Friday.",
])
def test_a_race_called_for_someone_is_no_party(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.actors.agentive_it import addressed_it

    it = next(t for t in spacy_nlp(text) if t.lower_ == "it")
    assert not addressed_it(it)
