"""Classes of eventwire/stages/events/target_tokens.py, through the actors
and events stages. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.target_tokens import on_trial, under_custody
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,word,sector", [
    ("A gunman opened fire inside a bakery in Lyon, killing two customers.", "opened",
     "customers", "CVL"),
    ("A car bomb exploded near the market in Mogadishu, wounding four policemen.",
     "exploded", "policemen", "COP"),
    ("The sacked clerk opened fire in the canteen and killed a guard, police in Ohio "
     "said.", "opened", "guard", "COP"),
    ("Militants fired on the outpost overnight, injuring three soldiers, the army of Mali "
     "said.", "fired", "soldiers", "MIL"),
])
def test_the_harmed_of_an_attacks_outcome_clause(event_pipe: Pipeline, text: str,
                                                 trigger: str, word: str,
                                                 sector: str) -> None:
    """Class *the harmed of an attack's outcome clause* (recips24,
    docs/annotation.md: "opened fire ..., killing X": X is the recipient)."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert sector in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("A gunman opened fire in a bakery in Lyon, prompting a lockdown.", "opened"),
    ("Rebels opened fire and the soldiers killed two of them later.", "opened"),
])
def test_no_outcome_clause_of_the_attacker_gives_no_victim(event_pipe: Pipeline, text: str,
                                                           trigger: str) -> None:
    """No harm verb, or one with its own subject: nothing from this class."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is None or "them" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,word,country", [
    ("Iran summoned the British envoy on Sunday to demand an apology for the seizure.",
     "demand", "envoy", "GBR"),
    ("Seoul summoned Tokyo's deputy ambassador to demand that the textbooks be withdrawn.",
     "demand", "ambassador", "JPN"),
    ("Nigeria summoned Ghana's envoy to demand an explanation for the raids on its traders.",
     "demand", "envoy", "GHA"),
])
def test_the_one_summoned_hears_the_demand(event_pipe: Pipeline, text: str, trigger: str,
                                           word: str, country: str) -> None:
    """Class *the one summoned to hear a demand* (recips27): the demand made
    by summoning an envoy is addressed to the envoy, and the summoner makes
    it (the envoy does not control "to demand")."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.country == country, ev.recipient
    assert ev.actor is None or word not in ev.actor.text, ev.actor


def test_a_demand_not_made_by_summoning_keeps_its_own_addressee(event_pipe: Pipeline) -> None:
    """Only a demand hanging from "summon" takes the one summoned."""
    text = "Iran urged the British envoy to leave and demanded that Norway pay damages."
    ev = by_trigger(event_pipe, text)["demanded"]
    assert ev.recipient is None or "envoy" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,word", [
    ("Two former Zambian ministers went on trial in Lusaka on Monday for fraud.", "ministers"),
    ("The former mayor of Kano was on trial for bribery when he fled.", "mayor"),
    ("Prosecutors in Kenya put the governor on trial last year.", "governor"),
    ("The Malawian general will stand trial in Lilongwe next month.", "Malawian"),
])
def test_who_is_on_trial_is_the_accused(event_pipe: Pipeline, text: str, word: str) -> None:
    """Class *who is on trial* (roles32): "went on trial", "was on trial",
    "put X on trial", "will stand trial" name the accused outside the
    trial noun's own phrase."""
    ev = by_trigger(event_pipe, text)["trial"]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


def test_who_is_under_quarantine_is_held(event_pipe: Pipeline) -> None:
    """Quarantine is custody one is placed under (roles32)."""
    text = "All 40 passengers of the ferry were placed under quarantine in Dar es Salaam."
    ev = by_trigger(event_pipe, text)["quarantine"]
    assert ev.recipient is not None and "passengers" in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text", [
    "The trial of the two officers opened in Accra on Monday.",
    "The judge in Nairobi adjourned the trial until June.",
    "Lawyers said the trial in Abuja would resume next week.",
])
def test_a_trial_named_without_on_or_stand_takes_no_subject(event_pipe: Pipeline,
                                                            text: str) -> None:
    """A trial that opens, is adjourned or resumes: no "on trial" phrase and
    no "stand trial" -- the subject is no accused."""
    ((_, doc, _),) = list(event_pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    assert not any(on_trial(t) for t in doc if t.lower_ == "trial")


@pytest.mark.parametrize("text,word", [
    ("The former Zambian president was ordered to stand trial for corruption in Lusaka.",
     "president"),
    ("The former police chief is expected to face trial in Kinshasa next month.", "chief"),
    ("A court in Accra ordered the customs officer to stand trial.", "officer"),
])
def test_who_is_to_stand_trial_is_the_accused(event_pipe: Pipeline, text: str,
                                              word: str) -> None:
    """review57: "stand / face trial" under a verb that controls it ("was
    ordered to stand trial", "is expected to face trial") names the accused
    on the controlling verb: its object, else its subject."""
    ev = by_trigger(event_pipe, text)["trial"]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,wrong", [
    ("Witnesses testified against the soldiers on trial in Freetown.", "Witnesses"),
    ("The lawyers commented on trial procedure in Accra.", "lawyers"),
    ("Protesters shouted at the police outside the court on trial day.", "Protesters"),
])
def test_on_trial_hung_on_another_verb_names_no_accused(event_pipe: Pipeline, text: str,
                                                        wrong: str) -> None:
    """review57: "on trial" is the accused's state only on a verb that
    puts or keeps one there ("went / was / put ... on trial"); on
    "testified" or "commented" the subject is no accused."""
    ((_, doc, _),) = list(event_pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    held = [under_custody(t) for t in doc if t.lower_ == "trial"]
    assert all(h is None or h.text != wrong for h in held), held
