"""Classes of eventwire/stages/events/nominals.py: who acts in an act named
by a noun. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("Riots spread across Chile after the police shooting of a student in Santiago.",
     "shooting", "police"),
    ("Villagers in Mali fled after an army raid on their market near Gao.", "raid", "army"),
    ("Afghan officials condemned a Taliban attack on a checkpoint in Kandahar.", "attack",
     "Taliban"),
    ("Ugandan opposition rallies in Kampala were broken up on Sunday.", "rallies",
     "opposition"),
])
def test_agent_compound_acts(event_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    """Class *an agent noun compounded with the event noun*."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,not_actor", [
    ("Brazil Congress riot: the president orders a federal takeover of security.", "riot",
     "Congress"),
    ("Police in Peru broke up the parliament protest in Lima on Tuesday.", "protest",
     "parliament"),
    ("The Gaza raid on Tuesday killed three people, Palestinian officials said.", "raid",
     "Gaza"),
])
def test_venues_and_places_do_not_act(event_pipe: Pipeline, text: str, trigger: str,
                                      not_actor: str) -> None:
    """Class *the venue of a gathering*, and places before an event noun."""
    ev = by_trigger_or_none(event_pipe, text, trigger)
    assert ev is None or ev.actor is None or not_actor not in ev.actor.text, ev.actor


def by_trigger_or_none(pipe: Pipeline, text: str, trigger: str):  # type: ignore[no-untyped-def]
    from tests.conftest import by_trigger

    return by_trigger(pipe, text).get(trigger)


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Clashes broke out between the army and the presidential guard in Bissau on Saturday.",
     "Clashes", "army", "guard"),
    ("Heavy fighting erupted overnight between Armenia and Azerbaijan, officials said.",
     "fighting", "Armenia", "Azerbaijan"),
    ("Fierce clashes erupted on Monday between Kenyan police and Somali militants.",
     "clashes", "police", "militants"),
])
def test_the_parties_named_on_the_verb_of_a_joint_act(event_pipe: Pipeline, text: str,
                                                      trigger: str, actor: str,
                                                      recipient: str) -> None:
    """Class *the parties named on the verb the act noun is the subject of*
    (recips27): the first is the actor, the second the recipient."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.actor is not None and actor in ev.actor.text, ev.actor
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,actor", [
    ("Fresh clashes were reported between herders and farmers in Benue state.", "clashes",
     "herders"),
    ("Fierce fighting was reported overnight between the army and the militants near Goma.",
     "fighting", "army"),
    ("Talks were held between the two foreign ministers in Geneva.", "Talks", "ministers"),
])
def test_the_parties_named_on_the_verb_of_a_passive_joint_act(event_pipe: Pipeline, text: str,
                                                              trigger: str, actor: str) -> None:
    """review42: the act noun as a passive subject names its parties on the
    verb as well; the first is the actor."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("The clashes between the coast guard and the navy proved the junta was divided, "
     "analysts said.", "clashes", "guard", "navy"),
    ("Fighting broke out in the capital between troops loyal to the president and soldiers "
     "backing a rival general.", "Fighting", "troops", "soldiers"),
    ("Heavy fighting between government troops and forces loyal to the former vice "
     "president erupted in Juba.", "fighting", "troops", "forces"),
])
def test_the_second_party_hung_elsewhere(event_pipe: Pipeline, text: str, trigger: str,
                                         actor: str, recipient: str) -> None:
    """Class *the second party of "between" hung elsewhere by the parse*
    (recips29)."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.actor is not None and actor in ev.actor.text, ev.actor
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Fighting between Malian soldiers and Tuareg rebels killed at least 12 people near "
     "Kidal on Tuesday.", "Fighting", "soldiers", "rebels"),
    ("Shooting between police and armed robbers lasted an hour in Lagos on Friday.",
     "Shooting", "police", "robbers"),
    ("Fighting between Congolese soldiers and M23 rebels forced thousands to flee.",
     "Fighting", "soldiers", "rebels"),
])
def test_a_gerund_subject_naming_a_joint_act(event_pipe: Pipeline, text: str, trigger: str,
                                             actor: str, recipient: str) -> None:
    """Class *a gerund subject naming a joint act* (recips29)."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.actor is not None and actor in ev.actor.text, ev.actor
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,not_actor", [
    ("The singer arrived in Lima for a court hearing on Monday.", "hearing", "court"),
    ("Witnesses described the crash at the Supreme Court trial in Accra.", "trial",
     "Supreme Court"),
    ("The banker chose a jury trial over a plea deal in Toronto.", "trial", "jury"),
])
def test_a_court_before_its_proceeding_does_not_act(event_pipe: Pipeline, text: str,
                                                    trigger: str, not_actor: str) -> None:
    """Class *the kind of a court proceeding* (actors61): "a court hearing",
    "a jury trial" name the proceeding, not its doer."""
    ev = by_trigger_or_none(event_pipe, text, trigger)
    assert ev is None or ev.actor is None or not_actor not in ev.actor.text, ev.actor
