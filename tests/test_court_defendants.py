"""Class of eventwire/stages/events/court_defendants.py: the defendant of a
court proceeding named by its noun (a person's hearing, a name compounded
with a trial, who awaits, faces or begins it, who is convicted at trial).
Every sentence here was written for these tests (none is from an
evaluation set); the near misses are a proceeding's setting, a court's own
act and a body's hearing, which name no defendant."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.court_defendants import court_defendant
from eventwire.stages.events.target_tokens import on_trial
from tests.conftest import events_of


def _noun(spacy_nlp: Language, text: str, noun: str):  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    return next(t for t in doc if t.text == noun)


@pytest.mark.parametrize("text,noun,party", [
    # a person's possessive on a hearing
    ("Lawyers for the mayor asked for a delay at Okafor's bail hearing in Enugu.",
     "hearing", "Okafor"),
    ("The nurse cried before her disciplinary hearing on Friday.", "hearing", "her"),
    # who awaits, faces or begins the proceeding
    ("A 52-year-old Leeds plumber is awaiting arraignment on three counts of fraud.",
     "arraignment", "plumber"),
    ("Delgado faces arraignment in the county court next week.", "arraignment", "Delgado"),
    ("Two Bronx teenagers accused of the subway stabbing begin trial today", "trial",
     "teenagers"),
    # convicted at trial
    ("Petrov was convicted at trial of smuggling cigarettes across the border.", "trial",
     "Petrov"),
])
def test_the_defendant(spacy_nlp: Language, text: str, noun: str, party: str) -> None:
    tok = _noun(spacy_nlp, text, noun)
    got = court_defendant(tok)
    assert got is not None and got.text == party, (got, [(t.text, t.dep_) for t in tok.subtree])


@pytest.mark.parametrize("text,noun", [
    # the setting of someone else's act names no defendant
    ("A forensic nurse testified during the hearing about the injuries.", "hearing"),
    # the court begins the trial: it holds it
    ("The tribunal began the trial of the former ministers on Monday.", "trial"),
    # a body's hearing: the committee holds it
    ("The committee's hearing on the budget was adjourned.", "hearing"),
    # a place or a crime compounded names no one
    ("The Lagos hearing was moved to a larger courtroom.", "hearing"),
    ("The murder trial resumed on Tuesday.", "trial"),
    # a trial of a drug is no court's
    ("Patients in the vaccine trial reported mild side effects.", "trial"),
])
def test_near_misses(spacy_nlp: Language, text: str, noun: str) -> None:
    tok = _noun(spacy_nlp, text, noun)
    assert court_defendant(tok) is None, [(t.text, t.dep_, t.ent_type_) for t in tok.subtree]


@pytest.mark.parametrize("text,trigger,party", [
    ("A detective testified on Thursday at Anna Kowalski's preliminary hearing in Perth.",
     "hearing", "Kowalski"),
    ("A 61-year-old pharmacist from Dayton is awaiting arraignment after police arrested him.",
     "arraignment", "pharmacist"),
    ("Two Queens brothers who allegedly torched a rival's shop begin trial", "trial",
     "brothers"),
])
def test_the_defendant_is_the_recipient(event_rules_pipe: Pipeline, text: str, trigger: str,
                                        party: str) -> None:
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and party in ev.recipient.text, ev.recipient
    assert ev.actor is None or party not in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,noun", [
    # review95: the proceeding's own "of" / "against" phrase names whom it tries
    # or what it hears; who awaits or faces it is not the one tried
    ("Relatives of the victims are awaiting the trial of the three men accused of the "
     "bombing.", "trial"),
    ("The families of the dead await the arraignment of the two officers.", "arraignment"),
    ("Victims' families are awaiting the trial against the former mayor.", "trial"),
    ("Residents face a hearing of their complaints against the mining company next month.",
     "hearing"),
])
def test_who_waits_for_someone_elses_trial(spacy_nlp: Language, text: str, noun: str) -> None:
    tok = _noun(spacy_nlp, text, noun)
    assert court_defendant(tok) is None, [(t.text, t.dep_) for t in tok.subtree]
    assert not on_trial(tok), [(t.text, t.dep_) for t in tok.subtree]


def test_the_trials_own_party_is_the_recipient(event_rules_pipe: Pipeline) -> None:
    text = "Relatives of the victims are awaiting the trial of the three men, a lawyer said."
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == "trial")
    assert ev.recipient is None or "Relatives" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,noun", [
    # review95: a possessor names the one tried, not who awaits it
    ("Relatives await Okafor's trial in Enugu.", "trial"),
    # review95: a court or a chamber compounded holds the proceeding
    ("Lawyers said the High Court hearing was moved to Friday.", "hearing"),
    ("The Old Bailey trial heard from six witnesses.", "trial"),
])
def test_a_possessor_or_a_court_compound(spacy_nlp: Language, text: str, noun: str) -> None:
    tok = _noun(spacy_nlp, text, noun)
    assert court_defendant(tok) is None, [(t.text, t.dep_, t.ent_type_) for t in tok.subtree]
