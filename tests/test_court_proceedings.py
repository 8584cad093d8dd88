"""A particular court proceeding named by its noun, in any construction
(eventwire/stages/events/court_proceedings.py, branch missed57;
docs/annotation.md "Court and police procedure words", rule 4), the setting
proceeding beside a plea or a confession, and the "+trial" rules kept past
the learned filter. Every sentence here was written for these tests (none
from an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.court_proceedings import particular_proceeding
from tests.conftest import events_of


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


# in class: the noun names one proceeding (a court word is in the article)
@pytest.mark.parametrize(("text", "form"), [
    # the object of a court's or an onlooker's verb
    ("The magistrate postponed the trial until March after the defence lawyer fell ill.",
     "trial"),
    ("Dozens of relatives packed the gallery to follow his trial, which the judge opened.",
     "trial"),
    # a subject
    ("The trial was a circus, the defendant's lawyer said afterwards.", "trial"),
    ("A second hearing at Leeds Crown Court heard that the van had been stolen.", "hearing"),
    # a goal or a purpose
    ("The judge said the case would go to trial in the spring.", "trial"),
    ("The smuggler was being driven to a trial for fraud when he escaped, a prosecutor said.",
     "trial"),
    ("Prosecutors are still preparing for the trial of the two bankers.", "trial"),
    # waiting for a particular hearing, a possessor
    ("The magistrate refused bail pending her next court hearing on 4 June.", "hearing"),
    ("Jurors will begin the trial's sentencing phase on Monday, the court said.", "trial"),
    # a trial date that is set (relabel50's own example), in a headline too
    ("A provisional trial date has been set for the farmer accused by police of arson; the "
     "court sits in May.", "trial"),
    ("TRIAL DATE SET FOR NURSE ACCUSED OF POISONING / The court will sit in March.", "TRIAL"),
    # a bare arraignment a defendant faces
    ("The driver faces arraignment in county court on Thursday.", "arraignment"),
])
def test_a_particular_proceeding_is_read(spacy_nlp: Any, text: str, form: str) -> None:
    assert particular_proceeding(word(spacy_nlp, text, form))


# near misses: the guide's exclusions and other senses
@pytest.mark.parametrize(("text", "form"), [
    ("The bloggers were jailed pending trial, a court official said.", "trial"),
    ("The activists have been held without trial for two years, their lawyer told the court.",
     "trial"),
    ("Rights groups said the detainees deserve a fair trial before an independent judge.",
     "trial"),
    ("The opposition urged the tribunal to open the trial before the election.", "trial"),
    ("Murder trial ordered for teacher accused in school stabbing", "trial"),
    ("\"This is not a trial, it is a show,\" the defendant's lawyer told the court.", "trial"),
    ("The trial judge refused to hear the appeal.", "trial"),
    ("The vaccine is in a human trial stage, the company said in court papers.", "trial"),
    ("The banker was tried for fraud in March, and the judge closed his trial early.", "trial"),
    ("The minister faced a tough hearing before the Senate committee on Tuesday.", "hearing"),
    ("Farmers demanded a hearing on the new water tariffs at the town hall.", "hearing"),
    ("The drug passed its first trial in mice last year.", "trial"),
])
def test_other_uses_are_no_proceeding(spacy_nlp: Any, text: str, form: str) -> None:
    assert not particular_proceeding(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text", [
    "The judge adjourned the trial of the two pilots until Friday.",
    "A provisional trial date was set for the accused tanker driver at the county court.",
    "The magistrate ordered him held pending his next court hearing on 12 May.",
])
def test_the_pipeline_gives_an_accuse_allege(event_pipe: Pipeline, text: str) -> None:
    found = [(e.type, e.mode) for e in events_of(event_pipe, text)
             if e.trigger.text.lower() in ("trial", "hearing")]
    assert found == [("ACCUSE", "allege")]


@pytest.mark.parametrize(("text", "other"), [
    ("The former sheriff pleaded guilty at a federal hearing in Denver on Monday.", "pleaded"),
    ("The mayor admitted the fraud at a court hearing in June.", "admitted"),
    ("The clerk confessed the theft during a closed hearing before the judge.", "confessed"),
])
def test_a_setting_hearing_is_not_folded_into_the_plea(event_pipe: Pipeline, text: str,
                                                        other: str) -> None:
    """relabel50 rule 4: the proceeding is labelled also when it is only the
    setting of another act; a plea's or a confession's CONCEDE used to fold it."""
    events = events_of(event_pipe, text)
    assert any(e.trigger.text == other for e in events)
    assert [(e.type, e.mode) for e in events if e.trigger.text == "hearing"] == [
        ("ACCUSE", "allege")]


def test_a_proceeding_tried_in_the_same_clause_stays_folded(event_pipe: Pipeline) -> None:
    """Of the same type it stays one event, on the verb ("will be tried in
    fast-track hearings")."""
    events = events_of(event_pipe, "Six of the rioters will be tried in summary hearings "
                                   "at the district court on Friday.")
    assert not any(e.trigger.text == "hearings" for e in events)


# charges brought: the noun with a verb of bringing (court_proceedings.charges_brought)
@pytest.mark.parametrize(("text", "trigger"), [
    ("The state attorney filed fraud charges against the former treasurer on Monday.",
     "charges"),
    ("Prosecutors said manslaughter charges were filed against the ferry captain.",
     "charges were filed"),
    ("The suspect will be named once charges are laid by the crown.", "charges are laid"),
    ("The county prosecutor handed down charges to the two guards last week.", "charges"),
    ("The regulator brought charges against three traders last month.", "charges"),
])
def test_charges_brought_are_an_accusation(event_pipe: Pipeline, text: str,
                                           trigger: str) -> None:
    found = [(e.type, e.mode) for e in events_of(event_pipe, text) if e.trigger.text == trigger]
    assert found == [("ACCUSE", "allege")]


@pytest.mark.parametrize(("text", "form"), [
    ("The senator denied the charges in a statement on Friday.", "charges"),
    ("Prosecutors dropped the charges against the nurse.", "charges"),
    ("The clerk handed the charge sheet to the magistrate.", "charge"),
    ("The bank levied a charge on every transfer abroad.", "charge"),
    ("The guards led the charge up the hill.", "charge"),
])
def test_other_charges_are_not_brought(spacy_nlp: Any, text: str, form: str) -> None:
    from eventwire.stages.events.court_proceedings import charges_brought

    assert charges_brought(word(spacy_nlp, text, form)) is None


# booked into a jail (procedure_states.booked_into_jail; relabel50 decision 3)
@pytest.mark.parametrize("text", [
    "The suspect was booked into the county jail and released on bond the next day.",
    "Daniel Mensah, who was booked on suspicion of burglary, remains held without bail.",
    "Deputies booked her on a charge of drunk driving.",
    "She was booked and later released.",
])
def test_a_person_booked_is_an_arrest(event_pipe: Pipeline, text: str) -> None:
    found = [(e.type, e.mode) for e in events_of(event_pipe, text)
             if e.trigger.text.lower() == "booked"]
    assert found == [("COERCE", "arrest")]


@pytest.mark.parametrize("text", [
    "Police arrested the driver and booked him into the city jail.",  # one event, on arrested
    "The hotel was fully booked for the holiday weekend.",
    "The band was booked for the festival in July.",
    "She booked a flight to Lagos for her release party.",
    "The referee booked two players in the first half.",
])
def test_other_bookings_are_no_arrest(event_pipe: Pipeline, text: str) -> None:
    assert not any(e.trigger.text.lower() == "booked" for e in events_of(event_pipe, text))


@pytest.mark.parametrize("text", [
    "The smuggler was being tried for piracy when he attacked a guard in his piracy trial.",
    "The colonel was tried in absentia and a witness fainted at his trial.",
    "She was arraigned on Monday and a reporter fainted during the hearing in the court.",
])
def test_a_setting_beside_a_verb_that_tries_is_not_read(event_pipe: Pipeline,
                                                         text: str) -> None:
    """The noun beside a labelled verb of the same proceeding is not
    labelled (relabel50 rule 4): the verb carries it."""
    assert not any(e.trigger.text in ("trial", "hearing") for e in events_of(event_pipe, text))
