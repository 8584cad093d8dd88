"""Options no recipient choice may take (eventwire/stages/events/dropped_options.py,
split from recipients.py by recips27). Every sentence here was written for these
tests (none from an evaluation set); the older classes of the module (forces
moved, people sent, a court as venue) are tested through the pipeline in
tests/test_recipients.py."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.dropped_options import declared_emergency
from tests.conftest import events_of


def _recipient(pipe: Pipeline, text: str, trigger: str) -> ActorMention | None:
    found = {e.trigger.text: e for e in events_of(pipe, text)}
    assert trigger in found, found
    return found[trigger].recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Both guards were released unharmed after the gang fled, police in Lagos said.",
     "released", "guards"),
    ("The kidnappers freed the two soldiers on Tuesday, the Nigerian army said.",
     "freed", "soldiers"),
    ("Rebels in Colombia released three captured policemen near the border.",
     "released", "policemen"),
])
def test_captives_set_free_are_no_forces_moved(event_pipe: Pipeline, text: str, trigger: str,
                                               word: str) -> None:
    """Class *captives set free* (recips27): guards, soldiers or police a
    captor releases are the release's recipient, not forces withdrawn."""
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and word in r.text, r


def test_forces_withdrawn_stay_content(event_pipe: Pipeline) -> None:
    """A force a side pulls out is still what is moved."""
    text = "Sweden announced it would withdraw its soldiers from Niger next spring."
    r = _recipient(event_pipe, text, "withdraw")
    assert r is None or "soldiers" not in r.text, r


@pytest.mark.parametrize("text,trigger", [
    ("Kenya extends curfew after gang attacks in Mombasa", "extends"),
    ("Guatemala declares state of emergency after prison riot by gang members", "declares"),
    ("Chad's parliament extended a state of emergency that gives police wider powers, a day "
     "after a riot at the central prison.", "extended"),
    ("The minister extended the night curfew on Bawa and nearby villages after fresh clashes.",
     "extended"),
])
def test_an_emergency_or_curfew_declared_names_no_one(event_pipe: Pipeline, text: str,
                                                      trigger: str) -> None:
    """Class *an emergency, curfew or martial law declared names no one*
    (recips30, ``dropped_options.declared_emergency``)."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is None, ev.recipient


def test_other_measures_imposed_keep_their_recipient(event_pipe: Pipeline) -> None:
    ev = next(e for e in events_of(event_pipe, "Police imposed fines on the protest organisers.")
              if e.trigger.text == "imposed")
    assert ev.recipient is not None and ev.recipient.text == "organisers", ev.recipient



@pytest.mark.parametrize("text,trigger", [
    ("The human rights group criticised the curfew imposed by the army on Gulu.", "criticised"),
    ("The governor lifted the curfew on Jos after a week of calm.", "lifted"),
    ("Truckers in Lagos defied the curfew and blocked the bridge.", "defied"),
    ("Opposition deputies rejected the state of emergency in a vote on Tuesday.", "rejected"),
    ("Militiamen laid siege to the market town for a week.", "siege"),
])
def test_a_measure_not_declared_is_no_declared_emergency(event_pipe: Pipeline, text: str,
                                                         trigger: str) -> None:
    """A curfew or emergency criticised, lifted, defied or rejected is the
    object of another act, which keeps its options (review48): only the
    declaring verbs (detection.yaml ``state_verbs``) lay a measure; a siege
    laid is an army's act, not a declared state."""
    doc = event_pipe.nlp(text)
    assert not declared_emergency(next(t for t in doc if t.text == trigger))


@pytest.mark.parametrize("text,trigger", [
    ("Lawyers for the former mayor said they would appeal to the Constitutional Court.",
     "appeal"),
    ("Bolivia said it would take the dispute to the International Court of Justice if talks "
     "failed.", "take"),
    ("The opposition party said it would take the matter to the Economic Community of West "
     "African States.", "take"),
    ("The union said it would lodge a complaint with the International Labour Organization.",
     "lodge"),
])
def test_the_forum_a_case_is_brought_to_is_no_recipient(event_pipe: Pipeline, text: str,
                                                        trigger: str) -> None:
    """Class *the forum a case is brought to* (recip57,
    ``dropped_options.forum_appealed_to``): the court or international body
    an appeal or complaint is taken to is where it is heard, not whom it
    accuses."""
    assert _recipient(event_pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,word", [
    ("The mayor appealed to residents to stay indoors.", "appealed", "residents"),
    ("Ecuador protested to Peru over the border incident.", "protested", "Peru"),
    ("Farmers took their complaint to the regional governor on Monday.", "complaint",
     "governor"),
])
def test_people_or_a_state_addressed_stay_recipients(event_pipe: Pipeline, text: str,
                                                     trigger: str, word: str) -> None:
    """Not a forum: people pleaded with, a state protested to, an official a
    complaint is taken to keep the slot."""
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and word in r.text, r


@pytest.mark.parametrize("text,trigger", [
    ("Sweden offered a military transport plane to carry the relief supplies.", "offered"),
    ("Portugal offered to send 150 firefighters, Athens said.", "offered"),
    ("The agency sent additional nurses to the clinics on Friday.", "sent"),
])
def test_what_is_offered_or_sent_is_content(event_pipe: Pipeline, text: str,
                                            trigger: str) -> None:
    """Class *what is offered, sent or provided is content* (recip57,
    ``dropped_options.given_content``): the plane, the firefighters, the
    nurses are what is given, not whom it is given to."""
    assert _recipient(event_pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,word", [
    ("Japan will provide 40 armoured vehicles to the Kenyan police.", "provide", "police"),
    ("The charity is providing farmers in the north with seeds and tools.", "providing",
     "farmers"),
    ("Russia delivered two helicopters to the Malian army.", "delivered", "army"),
])
def test_the_one_given_to_stays_the_recipient(event_pipe: Pipeline, text: str, trigger: str,
                                              word: str) -> None:
    """The party the thing goes to -- a to-object, or the object of
    "provide X with Y" -- keeps the slot."""
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and word in r.text, r


@pytest.mark.parametrize("text,trigger", [
    ("The World Health Organization sent a team of 12 epidemiologists to Bujumbura on "
     "Wednesday to help trace contacts.", "sent"),
    ("Egypt and Turkey sent rescue teams and aid planes to Benghazi on Tuesday.", "sent"),
    ("China on Monday delivered 200 tonnes of food and 3,000 tents to Karachi for the flood "
     "victims.", "delivered"),
])
def test_the_town_help_is_sent_to_is_its_place(event_pipe: Pipeline, text: str,
                                               trigger: str) -> None:
    """Class *the town help or forces are sent to is its place* (recip57,
    ``dropped_options.destination_town``)."""
    r = _recipient(event_pipe, text, trigger)
    assert r is None or r.text not in ("Bujumbura", "Benghazi", "Karachi"), r


@pytest.mark.parametrize("text,trigger,word", [
    ("Iran and Pakistan sent relief flights to northern Afghanistan on Monday.", "sent",
     "Afghanistan"),
    ("New Zealand and Australia send aid flights to Tonga after eruption", "send", "Tonga"),
    ("Ghana sent two planes of food aid to Niamey after the floods.", "sent", "Niamey"),
])
def test_a_country_or_capital_help_is_sent_to_stays(event_pipe: Pipeline, text: str,
                                                    trigger: str, word: str) -> None:
    """A country, or a capital (its seat), stands for the state helped."""
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and word in r.text, r
