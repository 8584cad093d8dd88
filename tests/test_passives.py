"""Classes of eventwire/stages/events/passives.py: who does an act that
the parse gives no plain subject (passives, gerunds under passives or hung
on an object, garden-path participles). Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,actor", [
    ("The Chilean officer accused of shooting the student was suspended on Friday.",
     "shooting", "officer"),
    ("A Peruvian soldier was charged with killing two farmers in Ayacucho.", "killing",
     "soldier"),
    ("Mexican police said the gunman was arrested after opening fire on a bar in Leon.",
     "opening", "gunman"),
    ("The Kenyan activist convicted of attacking a police station in Kisumu was jailed.",
     "attacking", "activist"),
])
def test_gerund_under_a_passive(event_pipe: Pipeline, text: str, trigger: str,
                                actor: str) -> None:
    """Class *a gerund under a passive verb*: the passive subject does it."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("The student in Chile was shot and killed by police during the march.", "shot", "police"),
    ("The Egyptian journalist was beaten and detained by security forces in Cairo.", "beaten",
     "security forces"),
    ("The convoy in Mali was ambushed and burned by rebel fighters near Gao.", "ambushed",
     "fighters"),
])
def test_coordinated_passives_share_the_agent(event_pipe: Pipeline, text: str, trigger: str,
                                              actor: str) -> None:
    """Class *coordinated passives share their agent*."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,patient", [
    ("The news came as two Greek officers charged over the shooting prepared to appear in "
     "court.", "charged", "officers"),
    ("Three Ugandan men detained last week were freed on Monday.", "detained", "men"),
    ("Five Nigerian students arrested at the rally were released on bail.", "arrested",
     "students"),
])
def test_reduced_passive_read_as_main_verb(event_pipe: Pipeline, text: str, trigger: str,
                                           patient: str) -> None:
    """Class *a reduced passive read as the main verb*: its subject is no actor."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or patient not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Sudanese rebels accused the army of shelling their camps near El Fasher.", "shelling",
     "army"),
    ("Kyrgyz officials accused Tajik soldiers and militiamen of torching houses in Batken.",
     "torching", "soldiers"),
    ("The Karen union accused the junta of breaking the truce and of bombing two schools.",
     "bombing", "junta"),
])
def test_gerund_hung_on_the_object(event_pipe: Pipeline, text: str, trigger: str,
                                   actor: str) -> None:
    """Class *object control with the gerund hung on the object*."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


def test_a_thing_hosting_a_gerund_does_not_act(event_pipe: Pipeline) -> None:
    ev = by_trigger(event_pipe, "The budget raised the cost of fighting the insurgents in "
                                "Mali.").get("fighting")
    assert ev is None or ev.actor is None or "cost" not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,patient", [
    ("Peruvian mayor detained as corruption probe widens", "detained", "mayor"),
    ("Nurse charged with poisoning three patients in Leeds", "charged", "Nurse"),
    ("The shops in Osh were looted and dozens of traders arrested on Monday.", "arrested",
     "traders"),
    ("The Chadian army said two aid workers kidnapped near Abeche on Sunday.", "kidnapped",
     "workers"),
])
def test_a_passive_without_its_auxiliary(event_pipe: Pipeline, text: str, trigger: str,
                                         patient: str) -> None:
    """Class *a passive without its auxiliary*: the subject undergoes it."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and patient in ev.recipient.text, ev.recipient
    assert ev.actor is None or patient not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Soldiers shot into the crowd near the stadium in Conakry.", "shot", "Soldiers"),
    ("Troops in Bamako arrested the colonel at dawn.", "arrested", "Troops"),
    ("The rebels entered Gao at dawn. They killed without mercy, survivors said.", "killed",
     "They"),
])
def test_an_active_verb_keeps_its_subject(event_pipe: Pipeline, text: str, trigger: str,
                                          actor: str) -> None:
    """Not a passive: a motion preposition, an object, a pronoun subject."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Teacher charged with stabbing two pupils in Leeds", "stabbing", "Teacher"),
    ("Ex-minister jailed for beating protesters in Quito", "beating", "minister"),
])
def test_the_patient_of_a_bare_passive_does_its_gerund(event_pipe: Pipeline, text: str,
                                                       trigger: str, actor: str) -> None:
    """"Teacher charged with stabbing": the teacher stabs (the gerund's controller)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,recipient", [
    ("The raid, claimed by the militia on its channel, killed at least nine soldiers near "
     "the border.", "killed", "soldiers"),
    ("The strike, carried out before dawn by two drones, wounded several fishermen.",
     "wounded", "fishermen"),
    ("The ambush, blamed on separatists, killed four policemen outside the town.", "killed",
     "policemen"),
])
def test_a_participle_with_its_own_object_is_active(event_pipe: Pipeline, text: str,
                                                    trigger: str, recipient: str) -> None:
    """Class *a participle with its own object is active* (recips15): a main
    verb the parser hung on its subject across a parenthesis keeps its object."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,recipient", [
    ("Insurgents ambushed soldiers patrolling the highway on Tuesday.", "ambushed",
     "soldiers"),
    ("Gunmen attacked policemen guarding the bank in the north.", "attacked", "policemen"),
    ("Militiamen killed villagers fleeing the fighting, residents said.", "killed",
     "villagers"),
])
def test_people_doing_something_when_acted_on(event_pipe: Pipeline, text: str, trigger: str,
                                              recipient: str) -> None:
    """Class *the people doing something when acted on* (recips15)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,who", [
    ("Mall Shooting: Derek Olsen Charged With Two Counts Of Murder\nThe mall was shut.",
     "Charged", "Derek Olsen"),
    ("Bank Robbery: Lena Holt Charged With Three Counts Of Theft\nThe bank was shut.",
     "Charged", "Lena Holt"),  # the topic's arc is loose (nlp.headline_topic, headlines62)
    ("Depot Fire: Ivan Kral Arrested On Two Counts Of Arson\nThe depot burned.",
     "Arrested", "Ivan Kral"),
])
def test_a_headline_topic_does_not_undergo_its_news(event_pipe: Pipeline, text: str,
                                                    trigger: str, who: str) -> None:
    """recip59: "Topic: Name Charged" -- the parser hangs the participle
    (VBN, or VBD in title case: ``_titled_participle``) on the topic noun
    but gives it the name as subject; the name is the patient, not the
    topic (``reduced_passive`` is false for a participle with a subject)."""
    from tests.conftest import events_of

    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient
    assert ev.actor is None or who not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,verb,noun", [
    ("Kiln Blast: Potter Charged With Arson", "Charged", "Potter"),
    ("Quarry Death: Owner Arrested After Rockfall", "Arrested", "Owner"),
    ("Dam Leak: Engineer Detained Over Faulty Gate", "Detained", "Engineer"),
])
def test_a_capitalised_custody_participle_undergoes_with_its_noun(
        event_pipe: Pipeline, text: str, verb: str, noun: str) -> None:
    """recip59, ``passives._titled_participle``: a capitalised custody verb
    hung on a noun is a passive whichever tag it got; its noun (the one it
    modifies, or its subject) undergoes it."""
    from eventwire.stages.events.passives import bare_passive, reduced_passive

    doc = event_pipe.nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert reduced_passive(tok) or bare_passive(tok), [(t.text, t.tag_, t.dep_) for t in doc]
    under = tok.head if reduced_passive(tok) else next(
        c for c in tok.children if c.dep_ == "nsubj")
    assert under.text == noun


@pytest.mark.parametrize("text,trigger,who", [
    ("Farmer accused of poisoning neighbour's cattle\nPolice said he denied it.",
     "accused", "Farmer"),
    ("Piotr Zielinski accused of torching rival's bakery\nHe was bailed.", "accused",
     "Piotr Zielinski"),
    ("Landlord accused of starving tenants in freezing flats\nHe denies wrongdoing.",
     "accused", "Landlord"),
])
def test_a_headline_accused_of_is_a_passive(event_pipe: Pipeline, text: str, trigger: str,
                                            who: str) -> None:
    """recip59: "accuse" needs its object ("accused the mayor of ..."), so
    a headline "X accused of Y" with none is a passive without its "be"
    (``OBJECT_VERBS``): X is accused, not the accuser."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient
    assert ev.actor is None or who not in ev.actor.text, ev.actor


def test_an_accusation_with_its_object_stays_active(event_pipe: Pipeline) -> None:
    """The subject of "accused X of" keeps accusing."""
    ev = by_trigger(event_pipe, "Ghana accused Togo of shelling its border posts.")["accused"]
    assert ev.actor is not None and "Ghana" in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,patient", [
    ("If convicted, the former Zambian minister could spend ten years in jail.", "convicted",
     "minister"),
    ("Freed on bail, the Ugandan singer flew back to Kampala on Friday.", "Freed", "singer"),
    ("The Sudanese militia vowed to strike back if attacked.", "attacked", "militia"),
    ("Once released, the two Chadian reporters will leave the country, their editor said.",
     "released", "reporters"),
])
def test_a_passive_adverbial_participle_has_no_doer(event_pipe: Pipeline, text: str,
                                                    trigger: str, patient: str) -> None:
    """Class *a passive participle as an adverbial clause* (actors61): the main
    clause's subject undergoes it."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or patient not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Having attacked the convoy, the Malian rebels fled into the forest.", "attacked",
     "rebels"),
    ("The Nepali army said it would return fire if attacked by the Maoists again.",
     "attacked", "Maoists"),
])
def test_an_adverbial_participle_with_its_doer_keeps_it(event_pipe: Pipeline, text: str,
                                                        trigger: str, actor: str) -> None:
    """Not that class: an active perfect participle ("having"), a ``by`` agent."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,patient", [
    ("Gunmen raid village in Zamfara; 12 farmers killed", "killed", "farmers"),
    ("Troops clear protest camp in Lima; organisers arrested", "arrested", "organisers"),
    ("Militants attack army post in Tillaberi, two officers wounded", "wounded", "officers"),
])
def test_a_headline_clause_hung_on_a_later_participle(event_pipe: Pipeline, text: str,
                                                      trigger: str, patient: str) -> None:
    """Class *a headline's earlier clause hung on a later participle*
    (actors61): the participle after the semicolon is a bare passive."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is None or patient not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,patient", [
    ("Election monitors beaten in Mombasa", "beaten", "monitors"),
    ("Shops looted in Lagos as fuel riots spread", "looted", "Shops"),
    ("Farmhouses torched in Rakhine village after clashes", "torched", "Farmhouses"),
])
def test_acts_on_a_thing_need_an_object(event_pipe: Pipeline, text: str, trigger: str,
                                        patient: str) -> None:
    """Beating, looting, torching need an object (``OBJECT_VERBS``): a headline
    subject with none undergoes them."""
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is None or ev.actor is None or patient not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,trigger,patient", [
    ("A Haitian nurse was seen shot in the leg near the clinic.", "shot", "Haitian nurse"),
    ("The two Kenyan herders were found stabbed to death near Isiolo on Sunday.", "stabbed",
     "two Kenyan herders"),
    ("Officials said the Bolivian border post will remain sealed off until Monday.", "sealed",
     "Bolivian border post"),
])
def test_a_participle_completing_a_state_verb_is_passive(event_pipe: Pipeline, text: str,
                                                         trigger: str, patient: str) -> None:
    """Class *a participle complement of a verb of finding, seeing or
    remaining* (actors61): the head's subject (the mention in its phrase)
    undergoes it."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is None or ev.actor.text not in patient, ev.actor
    assert ev.recipient is not None and ev.recipient.text in patient, ev.recipient
