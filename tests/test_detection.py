"""Constructions the trigger lexicon misses (eventwire/stages/events/detection.py).
Every sentence here was written for these tests (none from an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.detection import (
    announced_retaliation,
    characterisation,
    construction,
    declares_state,
    held_in_custody,
    label_mode,
    request_noun,
    sending_type,
    verdict,
    victim_crime,
)
from tests.conftest import events_of


def token(nlp: Any, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,kind", [
    ("The opposition called the referendum a sham.", "ACCUSE"),
    ("Observers described the vote as deeply flawed.", "ACCUSE"),
    ("The union branded the new rules an attack on workers.", "ACCUSE"),
    ("Troops surrounded the ministry in what the premier called a mutiny.", "ACCUSE"),
    ("The envoy called the accord a historic breakthrough.", "SUPPORT"),
])
def test_characterisations(spacy_nlp: Any, text: str, kind: str) -> None:
    verb = next(t for t in spacy_nlp(text) if t.lemma_ in ("call", "describe", "brand"))
    assert characterisation(verb) == kind


@pytest.mark.parametrize("text,word", [
    ("The ministry summoned the envoy and called the remarks \"a gross interference\".",
     "called"),
    ("The president froze all aid and called the governor a criminal.", "called"),
    ("The junta dissolved the parties, calling them \"enemies of the nation\".", "calling"),
    ("The mayor denies wrongdoing and calls the charges a political vendetta.", "calls"),
    ("The court jailed two editors, a step the union called an assault on the press.",
     "called"),
])
def test_characterisations_with_a_shared_subject_or_a_reduced_relative(
        spacy_nlp: Any, text: str, word: str) -> None:
    """A coordinated verb or a participle clause shares its head's subject;
    in a relative clause with no pronoun the lone object is the label."""
    assert characterisation(token(spacy_nlp, text, word)) == "ACCUSE"


# recall26: the parser gives a reduced relative's label as ``oprd`` with no
# object, and a perfect ("has called") is tagged VBN like a participle
@pytest.mark.parametrize("text,word", [
    ("He won an election the observers called a farce.", "called"),
    ("The army launched raids the rebels called war crimes.", "called"),
    ("The cuts follow reforms even the central bank has called too harsh.", "called"),
])
def test_a_label_of_the_antecedent_in_a_reduced_relative(
        spacy_nlp: Any, text: str, word: str) -> None:
    assert characterisation(token(spacy_nlp, text, word)) == "ACCUSE"


@pytest.mark.parametrize("text", [
    "They sailed on a ship the crew called Ocean Star.",
    "The village the settlers called New Hope grew quickly.",
    "He grew up in a town the miners called Hope.",
])
def test_a_name_in_a_reduced_relative_is_no_label(spacy_nlp: Any, text: str) -> None:
    assert characterisation(token(spacy_nlp, text, "called")) is None


@pytest.mark.parametrize("text,mode", [
    ("The opposition leader called the postponement a constitutional coup.", "allege"),
    ("The commission described the killings as genocide.", "allege"),
    ("The junta called the rebel coalition a terrorist organisation.", "allege"),
    ("The president called the bombing an act of terrorism.", "allege"),
    ("The minister called the decision irresponsible.", "disapprove"),
    ("The foreign ministry called the sanctions a provocation.", "disapprove"),
    ("The opposition called the referendum a sham.", "disapprove"),
])
def test_a_crime_as_the_label_is_an_allegation(spacy_nlp: Any, text: str, mode: str) -> None:
    """Class *a crime as the label*: ACCUSE ``allege``; other labels
    ``disapprove``."""
    verb = next(t for t in spacy_nlp(text) if t.lemma_ in ("call", "describe"))
    assert characterisation(verb) == "ACCUSE"
    assert label_mode(verb) == mode


@pytest.mark.parametrize("text", [
    "A ship called the Ocean Star docked in the port.",
    "Workers called a strike for Friday.",
    "Dockers and drivers called a general strike for Monday.",
    "The president called for calm.",
    "The ministry condemned what it called a plot against the state.",
    "The gunmen, who called themselves the Free Brigade, fled.",
    "Witnesses described the Syrian bombardment of the town.",
    "She stayed at home and called her sister.",
    "The man who called the police was a neighbour.",
    "A ferry called Horizon docked and was renamed.",
])
def test_names_and_requests_are_no_characterisation(spacy_nlp: Any, text: str) -> None:
    verb = next(t for t in spacy_nlp(text) if t.lemma_ in ("call", "describe"))
    assert characterisation(verb) is None


@pytest.mark.parametrize("text,word", [
    ("The cabinet declared a state of emergency in the province.", "declared"),
    ("The junta imposed martial law across the north.", "imposed"),
    ("Authorities proclaimed a state of siege after the riots.", "proclaimed"),
    ("The governor announced a curfew in the capital.", "announced"),
])
def test_declaring_an_exceptional_state(spacy_nlp: Any, text: str, word: str) -> None:
    assert declares_state(token(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word,mode", [
    ("The army declared a state of siege in the capital.", "declared", "martial-law"),
    ("The president imposed martial law on the island.", "imposed", "martial-law"),
    ("Officials announced a curfew in three districts.", "announced", "curfew"),
])
def test_declared_states_take_their_mode(spacy_nlp: Any, text: str, word: str,
                                         mode: str) -> None:
    found = construction(token(spacy_nlp, text, word))
    assert found is not None and found[:2] == ("COERCE", mode)


@pytest.mark.parametrize("text,word", [
    ("The minister declared the bridge open.", "declared"),
    ("The council announced a new budget.", "announced"),
])
def test_other_declarations(spacy_nlp: Any, text: str, word: str) -> None:
    assert not declares_state(token(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word,kind", [
    ("Jordan sent three planes of medical supplies to the city.", "sent", "AID"),
    ("Norway will send a team of doctors to the camps.", "send", "AID"),
    ("The government sent 2,000 troops to the border region.", "sent", "MOBILIZE"),
    ("Paris dispatched warships to the strait.", "dispatched", "MOBILIZE"),
    ("The bloc will send a delegation to Caracas.", "send", "CONSULT"),
    # experts sent to help (branch events28)
    ("The agency has sent experts to the valley to assist the local clinics.", "sent", "AID"),
    ("Geneva dispatched additional support personnel to the port.", "dispatched", "AID"),
    ("The charity sent two nurses and a field kit to the camp.", "sent", "AID"),
    ("The ministry flew specialists north to help repair the pumps.", "flew", "AID"),
    ("The charity sent engineers to set up water points in the camp.", "sent", "AID"),
])
def test_sending_people_or_goods(spacy_nlp: Any, text: str, word: str, kind: str) -> None:
    assert sending_type(token(spacy_nlp, text, word)) == kind


@pytest.mark.parametrize("text,word", [
    ("She sent a letter to her sister.", "sent"),
    ("The company sent its customers a survey.", "sent"),
    # experts sent for another purpose than help (review40)
    ("The UN sent experts to investigate the chemical attack.", "sent"),
    ("The army sent engineers to blow up the bridge.", "sent"),
    ("Moscow dispatched specialists to train the rebel gunners.", "dispatched"),
])
def test_sending_other_things(spacy_nlp: Any, text: str, word: str) -> None:
    assert sending_type(token(spacy_nlp, text, word)) is None


@pytest.mark.parametrize("text,word,threat", [
    ("We will respond with force if they cross the line.", "respond", True),
    ("The army would retaliate against any incursion, he said.", "retaliate", True),
    ("Tehran will hit back at its enemies.", "hit", True),
    ("The ministry responded to the letter on Monday.", "responded", False),
    ("We will not retaliate, the spokesman said.", "retaliate", False),
])
def test_announced_retaliation(spacy_nlp: Any, text: str, word: str, threat: bool) -> None:
    assert announced_retaliation(token(spacy_nlp, text, word)) is threat


@pytest.mark.parametrize("text,held", [
    ("The activist has been held without charge since March.", True),
    ("He was being held in a military barracks, his lawyer said.", True),
    ("Two journalists are held by the militia in the north.", True),
    ("The pair have each been held since their arrest on Monday.", True),
    ("The smugglers are being held on board the patrol boat.", True),
    ("Eleven fishermen were held overnight by the coast guard.", True),
    ("The vote will be held in two rounds.", False),
    ("Talks were held in Doha on Sunday.", False),
    ("The summit will be held in Lagos next year.", False),
    # review18: held responsible, held up (delayed) -- no custody
    ("The gunmen were held responsible for the massacre by the inquiry.", False),
    ("The crew was held up by bad weather at the port.", False),
    ("Two migrants were held accountable for the fire at the camp.", False),
])
def test_held_in_custody(spacy_nlp: Any, text: str, held: bool) -> None:
    assert held_in_custody(token(spacy_nlp, text, "held")) is held


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,noun", [
    ("The foreign ministry condemned the bombing of the embassy.", "bombing"),
    ("The governor blamed a local militia for the kidnapping.", "kidnapping"),
    ("Western capitals denounced the coup in Niamey.", "coup"),
])
def test_acts_named_by_a_reaction_are_events(event_rules_pipe: Pipeline, text: str,
                                             noun: str) -> None:
    """The rule class (``speech_content._reaction_object``); whether the learned
    filter keeps such objects is checked by the guard list
    (``eventness_guard.yaml``, tests/test_eventness_guard.py): the events6
    refit scores "denounced the coup in Niamey" 0.296 against 0.3."""
    assert noun in {e.trigger.text for e in events_of(event_rules_pipe, text)}


@pytest.mark.parametrize("text,noun,kept", [
    ("The minister blamed the violence on foreign agents.", "violence", set()),
    # a noun label is the characterisation's own trigger (events48,
    # label_triggers.py): the ACCUSE sits on it, no second (ASSAULT) event
    ("The union branded the new rules an attack on workers.", "attack", {"ACCUSE"}),
    ("Rights groups called the decree an assault on the press.", "assault", {"ACCUSE"}),
    ("The president condemned the unrest in the capital.", "unrest", set()),
])
def test_summary_nouns_and_labels_stay_content(pipe: Pipeline, text: str, noun: str,
                                               kept: set[str]) -> None:
    found = [e.type for e in events_of(pipe, text) if e.trigger.text == noun]
    assert sorted(found) == sorted(kept), found


@pytest.mark.parametrize("text,word,asks", [
    ("The scandal prompted calls for the minister to resign.", "calls", True),
    ("The envoy renewed calls for a ceasefire in the north.", "calls", True),
    ("The mayor has faced repeated calls to step down.", "calls", True),
    ("The coast guard received a distress call from the ferry.", "call", False),
    ("He took a call from the governor on Monday.", "call", False),
])
def test_requests_named_by_a_noun(spacy_nlp: Any, text: str, word: str, asks: bool) -> None:
    assert request_noun(token(spacy_nlp, text, word)) is asks


@pytest.mark.parametrize("text", [
    "The scandal prompted calls for the minister to resign.",
    "The vote sparked calls for the mayor to step down.",
    "Rights groups issued calls for an inquiry into the killings.",
])
def test_a_request_noun_is_one_event_with_its_content(pipe: Pipeline, text: str) -> None:
    events = events_of(pipe, text)
    assert [(e.trigger.text, e.type) for e in events] == [("calls", "REQUEST")], events


@pytest.mark.parametrize("text,word,is_verdict", [
    ("A jury found the former guard guilty of manslaughter on Monday.", "found", True),
    ("He was found guilty of fraud by a court in the capital.", "found", True),
    ("The appeals court later found her innocent of all charges.", "found", True),
    ("The judge handed down a ten-year sentence to the smuggler.", "handed", True),
    ("Police found the body of the missing reporter in a river.", "found", False),
    ("She found the decision difficult to accept.", "found", False),
    ("The clerk handed down the files to the archive.", "handed", False),
])
def test_a_verdict_named_by_a_general_verb(spacy_nlp: Any, text: str, word: str,
                                           is_verdict: bool) -> None:
    assert verdict(token(spacy_nlp, text, word)) is is_verdict


@pytest.mark.parametrize("text", [
    "A jury found the former guard guilty of manslaughter on Monday.",
    "The judge handed down a ten-year sentence to the smuggler.",
    "He was found guilty of fraud by a court in the capital.",
])
def test_a_verdict_is_a_sanction(pipe: Pipeline, text: str) -> None:
    assert ("SANCTION", "convict") in {(e.type, e.mode) for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,trigger", [
    ("The nurse was found guilty of theft on Tuesday.", "found guilty"),
    ("Two officers were found not guilty by the jury.", "found not guilty"),
    ("The company was found liable for the spill in 2019.", "found liable"),
    ("A jury found the former guard guilty of manslaughter on Monday.", "found"),
])
def test_a_verdict_trigger_takes_the_adjacent_predicate(event_rules_pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    """"found guilty": the trigger spans the predicate next to the verb, so it
    meets gold marked "guilty" (rec_m) and "found guilty" (rec_g..rec_i)."""
    verdicts = [e.trigger.text for e in events_of(event_rules_pipe, text)
                if e.type == "SANCTION"]
    assert trigger in verdicts


@pytest.mark.parametrize("text,word,named", [
    # a crime named with its victim (events12): ASSAULT
    ("The murder of the shopkeeper in Bristol shocked the town.", "murder", True),
    ("Police arrested two men over the murders of a retired couple in Kent.", "murders", True),
    ("Nobody has been charged with her murder yet.", "murder", True),
    # a charge or a label: no event
    ("The farmer was charged with murder on Friday.", "murder", False),
    ("Prosecutors expect first-degree murder charges against him.", "murder", False),
    ("He faces first-degree murder of a park ranger, the court heard.", "murder", False),
    ("He was convicted under the special circumstance of murder of a witness.", "murder", False),
    ("Two men were held in the case of the murder of a bus driver.", "murder", True),
    ("The senator denounced what he called the \"murder\" of two farm workers.", "murder",
     False),
])
def test_a_crime_named_with_its_victim(spacy_nlp: Any, text: str, word: str,
                                       named: bool) -> None:
    assert victim_crime(token(spacy_nlp, text, word)) is named


@pytest.mark.parametrize("text,word,kind", [
    # crimes and judicial outcomes named by their noun (events12)
    ("The former guard was serving a ten-year sentence for a 2004 burglary conviction.",
     "conviction", "SANCTION"),
    ("The conviction of the blogger drew protests from rights groups.", "conviction",
     "SANCTION"),
    ("Police charged the man in the 1999 slayings of three taxi drivers.", "slayings",
     "ASSAULT"),
    ("The fire at the mosque was treated as arson by investigators.", "arson", "ASSAULT"),
    ("The gunman went on a rampage through the market, police said.", "rampage", "ASSAULT"),
])
def test_crimes_and_outcomes_named_by_a_noun(event_rules_pipe: Pipeline, text: str, word: str,
                                             kind: str) -> None:
    assert (word, kind) in {(e.trigger.text, e.type) for e in events_of(event_rules_pipe, text)}


@pytest.mark.parametrize("text", [
    "He had a history of convictions for theft and fraud.",
    "The defendant has several previous convictions, the court heard.",
    "The farmer was charged with murder on Friday.",
])
def test_a_record_or_a_charge_is_no_event(event_rules_pipe: Pipeline, text: str) -> None:
    triggers = {e.trigger.text for e in events_of(event_rules_pipe, text)}
    assert not triggers & {"convictions", "murder"}, triggers


@pytest.mark.parametrize("text,word", [
    ("The suspect is awaiting an arraignment on robbery charges.", "arraignment"),
    ("An arraignment was set for Friday morning in the county court.", "arraignment"),
    ("During his arraignment on Tuesday the farmer said nothing.", "arraignment"),
])
def test_an_arraignment_is_an_allegation(event_rules_pipe: Pipeline, text: str,
                                         word: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_rules_pipe, text)}
    assert (word, "ACCUSE") in found, found


# speed40: ``construction`` asks ``construction_words`` before its eleven
# classes; the answer must be the classes' own on every word
GATE_TEXTS = [
    "The opposition called the vote a shameless fraud and the army declared a state of emergency.",
    "The ministry sent 40 tonnes of food aid, and the rebels vowed they would hit back hard.",
    "The two reporters have been held since March; a judge found the mayor guilty on Friday.",
    "Officials warned the smugglers would face severe consequences and said they "
    "would consider further measures against the company.",
    "Armed militiamen entered the village at dawn and set the granary ablaze.",
    "The choir sang in the square while tourists photographed the old bridge.",
]


def _eleven_classes(tok: Token) -> Any:
    from eventwire.stages.events import detection as d

    if (kind := d.characterisation(tok)) is not None:
        return kind, d.label_mode(tok) if kind == "ACCUSE" else None, "characterisation"
    if (state := d.declared_state(tok)) is not None:
        return "COERCE", d.state_mode(state), "exceptional-state"
    if (kind := d.sending_type(tok)) is not None:
        return kind, None, "sending"
    if d.announced_retaliation(tok):
        return "THREATEN", None, "retaliation"
    if d.held_in_custody(tok):
        return "COERCE", "arrest", "custody"
    if d.verdict(tok):
        return "SANCTION", "convict", "verdict"
    if d.consequence_object(tok) is not None:
        return "THREATEN", None, "consequence"
    if d.announced_measures(tok) is not None:
        return "THREATEN", None, "measures"
    if d.weighed_measures(tok) is not None:
        return "SANCTION", None, "weighed-measures"
    if d.intrusion(tok):
        return "COERCE", None, "intrusion"
    return d.physical_act(tok)


def test_construction_gate_answers_as_the_eleven_classes(spacy_nlp: Any) -> None:
    from eventwire.stages.events.detection import construction, construction_words

    found = []
    for text in GATE_TEXTS:
        for tok in spacy_nlp(text):
            assert construction(tok) == _eleven_classes(tok), (text, tok.text)
            if construction(tok) is not None:
                found.append(tok.lemma_.lower())
                assert tok.lemma_.lower() in construction_words() or \
                    tok.lower_ in construction_words()
    assert len(found) >= 5  # the gate is asked on words the classes do take
    assert {"hit", "strike", "hold", "find", "hand", "take", "face", "enter"} <= \
        construction_words()
