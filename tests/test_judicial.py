"""A court trial named by its noun (eventwire/stages/events/judicial.py, branch
events15). Every sentence here was written for these tests (none from an
evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.judicial import (
    confession,
    court_appearance,
    court_trial,
    handed_to_authorities,
    proceeding_as_setting,
    remanded_in_custody,
    scheduled_proceeding,
    sentence_received,
    tried_in_court,
)
from tests.conftest import events_of


@pytest.mark.parametrize("text", [
    "The former police chief went on trial on Monday for taking bribes.",
    "The two smugglers will face trial in the port city next month.",
    "Prosecutors opened the trial of the three generals with a video of the raid.",
    "The trial resumes on Thursday after a two-week break.",
    "The bank clerk was on trial for fraud when she fled the country.",
])
def test_a_court_trial_is_an_allegation(event_rules_pipe: Pipeline, text: str) -> None:
    """docs/annotation.md "Trials": ACCUSE allege on the noun (events15)."""
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_rules_pipe, text)}
    assert ("trial", "ACCUSE", "allege") in found, found


@pytest.mark.parametrize("text", [
    "The company started a clinical trial of the vaccine in May.",
    "The journalists have been jailed pending trial since March.",
    "Rights groups demanded the right to a fair trial for the detainees.",
    "The suspects were held without trial for months.",
])
def test_a_trial_of_no_court_or_a_detention_condition_is_no_event(event_rules_pipe: Pipeline,
                                                                   text: str) -> None:
    """"pending trial", "without trial", "a fair trial" (docs/annotation.md
    "Court and police procedure words": a detention's condition, a right)."""
    assert "trial" not in {e.trigger.text for e in events_of(event_rules_pipe, text)}


# a court proceeding as the setting of another act (branch relabel50); own sentences
@pytest.mark.parametrize("text,noun", [
    ("A witness broke down in tears during the trial.", "trial"),
    ("The footage was shown to jurors at trial.", "trial"),
    ("A coast guard officer testified at the smuggling trial of the two captains.", "trial"),
    ("During Tuesday's hearing, prosecutors played a recording of the threats.", "hearing"),
    ("After the hearing, the activist was ordered held without bail.", "hearing"),
    ("Witnesses described the raid throughout the investigation and trial.", "trial"),
])
def test_a_proceeding_as_setting_is_an_allegation(event_rules_pipe: Pipeline, text: str,
                                                  noun: str) -> None:
    """docs/annotation.md "Court and police procedure words" (4): a trial or
    hearing that is the time or place of another act is ACCUSE allege."""
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_rules_pipe, text)}
    assert (noun, "ACCUSE", "allege") in found, found


@pytest.mark.parametrize("text", [
    "The minister was questioned at a Senate hearing on the budget.",
    "She bought a new hearing aid in the city before the election.",
    "Volunteers tested the pumps during a trial run at the dam.",
])
def test_a_legislature_hearing_or_no_proceeding_is_no_setting(event_rules_pipe: Pipeline,
                                                              text: str) -> None:
    found = {e.trigger.text for e in events_of(event_rules_pipe, text)}
    assert not found & {"hearing", "trial"}, found


@pytest.mark.parametrize("text,noun,named", [
    ("Two guards testified at the trial of the warden.", "trial", True),
    ("After the hearing, the judge left.", "hearing", True),
    ("They were jailed pending trial.", "trial", False),
    ("The court upheld the right to a fair trial.", "trial", False),
    ("He spoke at a congressional hearing.", "hearing", False),
    ("The hearing was adjourned.", "hearing", False),
])
def test_proceeding_as_setting_reads_the_preposition(spacy_nlp: Any, text: str, noun: str,
                                                     named: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == noun)
    assert proceeding_as_setting(tok) is named



@pytest.mark.parametrize("text,named", [
    ("The general faces trial for the massacre.", True),
    ("The trial of the two ministers opens in May.", True),
    ("The senator was tried at a trial for fraud.", False),
    ("The drug trial of the new vaccine failed.", False),
])
def test_court_trial_reads_the_noun_alone(spacy_nlp: Any, text: str, named: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == "trial")
    assert court_trial(tok) is named


@pytest.mark.parametrize("text,span", [
    ("The former governor will face fraud and bribery charges after the audit.",
     "face fraud and bribery charges"),
    ("The driver faces three counts of manslaughter.", "faces three counts"),
    ("The colonel faced more than 20 charges at the tribunal.", "faced more than 20 charges"),
])
def test_facing_charges_is_an_allegation(event_rules_pipe: Pipeline, text: str,
                                         span: str) -> None:
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_rules_pipe, text)}
    assert (span, "ACCUSE", "allege") in found, found


@pytest.mark.parametrize("text,word,kind", [
    ("The smugglers would be handed over to the appropriate authorities, the coast guard said.",
     "handed", "COERCE"),
    ("Border guards handed the two men over to the police on Sunday.", "handed", "COERCE"),
    ("The crew were turned over to prosecutors in Mombasa.", "turned", "COERCE"),
    ("Forty prisoners of war were handed over to the Red Cross on Friday.", "handed",
     "RETREAT"),
    ("The two guards were questioned by detectives on Monday.", "questioned", "ACCUSE"),
    ("Investigators questioned the pilot for six hours.", "questioned", "ACCUSE"),
    ("The ferry's owner was questioned by a magistrate in Piraeus.", "questioned", "ACCUSE"),
    ("In her statement, the nurse admitted poisoning three patients.", "admitted", "CONCEDE"),
    ("The colonel finally confessed the murder of the journalist.", "confessed", "CONCEDE"),
    ("After ten years the banker admitted his fraud.", "admitted", "CONCEDE"),
])
def test_custody_questioning_and_confessions(event_rules_pipe: Pipeline, text: str, word: str,
                                            kind: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_rules_pipe, text)}
    assert (word, kind) in found, found


@pytest.mark.parametrize("text,word", [
    ("The minister questioned the official result of the election.", "questioned"),
    ("The striker was admitted to hospital with a knee injury.", "admitted"),
    ("The coach admitted his team had been beaten by a better side.", "admitted"),
    ("The keys were handed over to the new tenants.", "handed"),
])
def test_no_custody_no_confession(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_rules_pipe, text)}
    assert (word, "ACCUSE") not in found and (word, "CONCEDE") not in found and \
        (word, "COERCE") not in found, found


def test_a_confessed_act_stays_an_event(event_rules_pipe: Pipeline) -> None:
    """The act owned up to is labelled beside the confession."""
    found = {(e.trigger.text, e.type) for e in events_of(
        event_rules_pipe, "The army admitted the airstrike on the village market.")}
    assert ("airstrike", "ASSAULT") in found and ("admitted", "CONCEDE") in found, found


@pytest.mark.parametrize("text,verb", [
    ("The bank handed over the records to prosecutors on Friday.", "handed"),
    ("The mayor's office turned over the documents to the police.", "turned"),
    ("The firm handed the footage over to detectives after the raid.", "handed"),
])
def test_things_handed_to_the_authorities_are_no_arrest(spacy_nlp: Any, text: str,
                                                        verb: str) -> None:
    """Review of events15: only people handed over are taken into custody."""
    doc = spacy_nlp(text)
    assert not handed_to_authorities(next(t for t in doc if t.text == verb))


@pytest.mark.parametrize("text,admitted", [
    ("The hospital admitted 30 patients after the blast.", False),
    ("The party admitted two new members from the coalition.", False),
    ("The school admitted refugees from the camp this year.", False),
    ("The guard finally admitted the theft in court.", True),
])
def test_people_let_in_are_no_confession(spacy_nlp: Any, text: str, admitted: bool) -> None:
    """Review of events15: "admitted 30 patients" lets people in; "admitted
    the theft" owns up to a wrong (CONCEDE)."""
    doc = spacy_nlp(text)
    assert confession(next(t for t in doc if t.lemma_ == "admit")) is admitted


# recall26: a sentence received (SANCTION convict), the trigger from
# the verb to the noun (sentences written for this test)
@pytest.mark.parametrize("text, trigger", [
    ("The former mayor was given a five-year sentence for bribery.", "given a five-year sentence"),
    ("The smuggler received a sentence of 12 years on Monday.", "received a sentence"),
    ("A judge gave the driver a two-year sentence.", "gave the driver a two-year sentence"),
    ("Each of the two guards got a suspended sentence.", "got a suspended sentence"),
    ("The general received a lenient sentence from the tribunal.",
     "received a lenient sentence"),
    ("The bomber was given a sentence of death by the court.", "given a sentence"),
])
def test_a_sentence_received_is_a_conviction(event_rules_pipe: Pipeline, text: str,
                                             trigger: str) -> None:
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_rules_pipe, text)}
    assert (trigger, "SANCTION", "convict") in found


@pytest.mark.parametrize("text", [
    "The teacher gave the class a sentence to translate.",
    "The restaurant serves a breakfast of eggs and beans.",
    "She received a letter from the court on Monday.",
    "Each pupil got a sentence to read aloud.",
    "The colonel is serving a life sentence in a military prison.",  # a state, not labelled
    # review35: a sentence of text with an adjective, a compound or an "of"
    "The pupils were given a complex sentence to translate.",
    "The actor was given a sentence of dialogue to learn.",
    "Each pupil got an example sentence to copy.",
    "The teacher gave the pupils two sentences to translate.",
])
def test_other_objects_are_no_sentence(spacy_nlp: Any, text: str) -> None:
    assert all(sentence_received(t) is None for t in spacy_nlp(text))


# A court proceeding named by a verb (branch events44): own sentences.
@pytest.mark.parametrize("text,word", [
    ("The harbour master was arrested on Sunday and will appear in court on Tuesday.", "appear"),
    ("Both brothers are due to appear before Lakeside Magistrates' Court next week.", "appear"),
    ("The councillor appeared at a bail hearing in the capital on Friday.", "appeared"),
    ("The prosecutor said the looters would be tried for arson and theft.", "tried"),
    ("The former mayor is being tried separately and denies the bribery charge.", "tried"),
    ("A regional military court will try the sergeant accused of the shooting.", "try"),
    ("The teenager was arraigned on Thursday on two counts of robbery.", "arraigned"),
])
def test_a_court_proceeding_named_by_a_verb_is_an_allegation(event_pipe: Pipeline, text: str,
                                                             word: str) -> None:
    """docs/annotation.md "Arrests and charges": "will appear in court", "would
    be tried for" ACCUSE allege; kept by the learned filter too (event_pipe)."""
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_pipe, text)}
    assert (word, "ACCUSE", "allege") in found, found


@pytest.mark.parametrize("text,word", [
    ("The singer appeared on television on Saturday to thank her fans.", "appeared"),
    ("The minister's name appeared in the leaked documents.", "appeared"),
    ("The governor appeared before the budget committee of the assembly.", "appeared"),
    ("The prisoners tried to climb over the wall at night.", "tried"),
    ("Engineers tried the new pump at the plant last week.", "tried"),
    ("The approach has been tried in several provinces without success.", "tried"),
])
def test_no_court_proceeding(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in {e.trigger.text for e in events_of(event_rules_pipe, text)}


def test_the_two_court_verbs_read_their_phrase(spacy_nlp: Any) -> None:
    doc = spacy_nlp("He will appear before a judge, and the others will be tried for fraud.")
    appear = next(t for t in doc if t.lower_ == "appear")
    tried = next(t for t in doc if t.lower_ == "tried")
    assert court_appearance(appear) and not tried_in_court(appear)
    assert tried_in_court(tried) and not court_appearance(tried)


@pytest.mark.parametrize("text,accused", [
    ("Opposition activist Joseph Banda is due to appear before a judge in Lusaka on Monday.",
     "Banda"),
    ("The lawmaker was charged with fraud and would appear before the Ndola Magistrates Court.",
     "lawmaker"),
    ("Customs officer Maria Lind will appear in court in Malmo next week.", "Lind"),
])
def test_who_appears_in_court_is_the_recipient(event_pipe: Pipeline, text: str,
                                               accused: str) -> None:
    """The records give a court appearance no actor and the defendant as
    recipient, never the court (verb_roles, events44)."""
    ((actor, recipient),) = [(e.actor, e.recipient) for e in events_of(event_pipe, text)
                             if e.trigger.text == "appear"]
    assert actor is None
    assert recipient is not None and accused in recipient.text


# review86: own probe sentences (other verbs' forms and structures; a legislature's
# hearing and a talent show's judges are no court)
@pytest.mark.parametrize("text,word", [
    ("The three suspects appeared in the High Court in Nairobi on Wednesday.", "appeared"),
    ("Appearing before a military tribunal, the colonel denied all the charges.", "Appearing"),
    ("The two men reappeared in court on Thursday after a two-week adjournment.",
     "reappeared"),
    ("The soldiers will be tried under military law, the army spokesman said.", "tried"),
    ("A special tribunal tried the former ministers for corruption.", "tried"),
])
def test_court_proceeding_probe_review86(event_pipe: Pipeline, text: str, word: str) -> None:
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_pipe, text)}
    assert (word, "ACCUSE", "allege") in found, found


@pytest.mark.parametrize("text,word", [
    ("The chief executive appeared at a Senate hearing on Tuesday to answer questions.",
     "appeared"),
    ("The minister appeared before a hearing of the oversight committee.", "appeared"),
    ("The young singer will appear before a panel of celebrity judges on the show.", "appear"),
    ("The veteran striker was tried at left back in the second half.", "tried"),
    ("The recipe has been tried by thousands of home cooks.", "tried"),
])
def test_no_court_proceeding_probe_review86(event_rules_pipe: Pipeline, text: str,
                                            word: str) -> None:
    assert word not in {e.trigger.text for e in events_of(event_rules_pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The former mayor was charged with fraud. A bail hearing is set for next Thursday.",
     "hearing"),
    ("Prosecutors said the trial is scheduled to resume in March.", "trial"),
    ("A sentencing hearing for the smuggler will be held at the county courthouse on 4 June.",
     "hearing"),
    ("An arraignment has been scheduled for Friday in the district court.", "arraignment"),
])
def test_a_scheduled_court_proceeding_is_an_allegation(event_rules_pipe: Pipeline, text: str,
                                                       word: str) -> None:
    """docs/annotation.md "Courts": "An arraignment has been scheduled for
    Wednesday", "A detention hearing is set for Monday" ACCUSE allege (events47)."""
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_rules_pipe, text)}
    assert (word, "ACCUSE", "allege") in found, found


@pytest.mark.parametrize("text,word", [
    ("A Senate hearing on the pipeline is set for next week.", "hearing"),
    ("A clinical trial of the vaccine is scheduled to begin in April.", "trial"),
    ("A phase three trial of the malaria drug will be held in four countries.", "trial"),
    ("The hearing was set against a backdrop of rising tension in the capital.", "hearing"),
    ("The new strategy was set by the board at its hearing.", "hearing"),
    ("She lost her hearing after the blast.", "hearing"),
])
def test_no_scheduled_court_proceeding(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    """A legislature's hearing, a clinical trial, a figurative "set against",
    a hearing that is only a place, the sense of hearing (events47)."""
    assert word not in {e.trigger.text for e in events_of(event_rules_pipe, text)}


def test_scheduled_proceeding_reads_the_subject_of_a_scheduling_verb(spacy_nlp: Any) -> None:
    doc = spacy_nlp("A plea hearing will be held in May, and the judge held the papers.")
    hearing = next(t for t in doc if t.text == "hearing")
    papers = next(t for t in doc if t.text == "papers")
    assert scheduled_proceeding(hearing) and not scheduled_proceeding(papers)


# custody ordered by a court: remanded (branch events49); own sentences
@pytest.mark.parametrize("text,actor,recipient", [
    ("The 31-year-old driver was remanded in custody until his next appearance on 3 June.",
     None, "driver"),
    ("A district judge remanded the two brothers to the city jail after a brief hearing.",
     "judge", "brothers"),
    ("Magistrates in Leeds remanded her in custody pending a psychiatric report.",
     "Magistrates", "her"),
    ("The suspect, remanded by a Nairobi court last week, denies the charges.",
     "court", "suspect"),
    ("The nurse pleaded not guilty at the district court and was remanded in custody until"
     " 9 March.",
     None, "nurse"),
])
def test_a_remand_is_an_arrest(event_pipe: Pipeline, text: str, actor: str | None,
                               recipient: str) -> None:
    """docs/annotation.md "Arrests and charges": a remand is COERCE arrest,
    with no actor when no issuer is named; kept by the learned filter too."""
    found = [e for e in events_of(event_pipe, text) if e.trigger.text == "remanded"]
    assert [(e.type, e.mode) for e in found] == [("COERCE", "arrest")]
    event = found[0]
    assert (actor is None) == (event.actor is None)
    if actor is not None:
        assert event.actor is not None and actor in event.actor.text
    assert event.recipient is not None and recipient in event.recipient.text


@pytest.mark.parametrize("text", [
    "The appeals court remanded the case to the trial judge for a new hearing.",
    "He was remanded on bail and must report to police daily.",
    "The teenager was held at a remand centre in Feltham.",
    "The Senate remanded the bill to committee for further study.",
    # the self-probe's look-alike (fired while the rule read a negative list)
    "The zoning board remanded the shopping mall proposal to its planning staff.",
])
def test_no_remand_into_custody(event_rules_pipe: Pipeline, text: str) -> None:
    """A case or a bill sent back, a remand on bail, the noun: no custody."""
    assert not any(e.trigger.text.startswith("remand")
                   for e in events_of(event_rules_pipe, text))


def test_remanded_reads_the_person_sent(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The court remanded him in custody and remanded the appeal to a lower court.")
    verbs = [t for t in doc if t.lemma_ == "remand"]
    assert [remanded_in_custody(t) for t in verbs] == [True, False]
