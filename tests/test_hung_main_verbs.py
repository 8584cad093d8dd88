"""Classes of eventwire/stages/events/hung_main_verbs.py: main verbs the
parser hung under another word. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.hung_main_verbs import participle_subject
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("The African Union, which has an observer mission in the country, called on both "
     "camps to avoid violence.", "called", "African Union", "camps"),
    ("The Organization of American States, which keeps an office on the frontier, called "
     "on both governments to show restraint.", "called", "Organization of American States",
     "governments"),
    ("The Southern Growers Alliance, which speaks for most cocoa farmers, called on the "
     "ministry to raise prices.", "called", "Alliance", "ministry"),
    ("The Democratic Renewal Bloc, the largest opposition alliance, called on voters to stay "
     "home and said it would challenge the results.", "called", "Bloc", "voters"),
])
def test_a_main_verb_after_a_parenthesis_has_the_noun_as_subject(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str, recipient: str) -> None:
    """Class *a main verb after a parenthesis about its subject*: the noun
    is the actor, not the recipient of a reduced passive."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor
    assert ev.recipient is not None and ev.recipient.text.endswith(recipient), ev.recipient


@pytest.mark.parametrize("text,victims", [
    ("Two soldiers, who had been on patrol, killed in roadside blast", "soldiers"),
    ("Three fishermen, all from the same village, kidnapped by gunmen", "fishermen"),
    ("The hostages, who were taken in May, released near the border", "hostages"),
])
def test_a_bare_participle_after_a_parenthesis_stays_passive(
        event_rules_pipe: Pipeline, text: str, victims: str) -> None:
    """A participle with no object of its own, or with a "by" agent, is a
    passive headline: its noun is no actor."""
    for ev in events_of(event_rules_pipe, text):
        assert ev.actor is None or not ev.actor.text.endswith(victims), ev.actor


@pytest.mark.parametrize("text,actor,recipient", [
    ("Chile says it stopped a smuggling ring, accuses Peru of sheltering the leaders",
     "Chile", "Peru"),
    ("Kenya insists its border posts stayed open, accuses Uganda of blocking trucks",
     "Kenya", "Uganda"),
    ("Poland says its pilots were provoked, accuses Belarus of staging the incident",
     "Poland", "Belarus"),
])
def test_comma_joined_verbs_share_the_first_subject(
        event_rules_pipe: Pipeline, text: str, actor: str, recipient: str) -> None:
    """Class *two comma-joined verbs of one subject*: the second verb, made
    the head of the first, takes the first one's subject."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.type == "ACCUSE")
    assert ev.actor is not None and ev.actor.text == actor, ev.actor
    assert ev.recipient is not None and ev.recipient.text == recipient, ev.recipient


@pytest.mark.parametrize("text,trigger,actor", [
    ("Army says rebels attacked convoy, killed five soldiers", "killed", "rebels"),
    ("Governor says bandits raided village, abducted twenty pupils", "abducted", "bandits"),
    ("Ministry says militants ambushed patrol, killed three officers", "killed", "militants"),
])
def test_a_verb_in_the_report_s_tense_goes_on_with_the_report(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    """review50: a speaker's verb hands no subject to an act told inside the
    report; the second verb has the reported verb's tense, not the saying's."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text == actor, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("Police say gunmen stormed hotel, killed four guards", "killed", "gunmen"),
    ("Spokesman says troops stormed the port, seized two boats", "seized", "troops"),
    ("Sources say rebels seized the airport, detained the governor", "detained", "rebels"),
])
def test_a_report_s_verb_parsed_as_the_saying_s_conjunct(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    """review50: the same class when the parser makes the second verb a
    conjunct of the saying: the report's tense keeps the report's subject."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text == actor, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("The Tanzanian navy patrolling the channel on Monday seized a dhow carrying arms.",
     "seized", "Tanzanian navy"),
    ("The Nigerian army patrolling the forest on Tuesday freed twelve hostages.",
     "freed", "Nigerian army"),
    ("The Ghanaian coast guard patrolling the gulf on Monday captured a tanker.",
     "captured", "Ghanaian coast guard"),
])
def test_a_subject_with_its_participle_read_as_a_clausal_subject(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    """Class *a subject with its participle phrase read as a clausal
    subject* (actors31): the participle's own subject does the main verb."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text.endswith(actor), ev.actor


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_a_headline_participle_with_no_object_lends_no_subject() -> None:
    """A participle with no object of its own ("Vying For Top Slot") before a
    headline's verb is no patrol of somewhere: its noun is not the verb's
    subject. review53: the parser seldom makes this parse, so the test
    builds it (the pipeline form of this test had no event to check)."""
    headline = _parsed(["Boss", "Vying", "For", "Slot", "Found", "Hanging"],
                       [1, 4, 1, 2, 4, 4], ["nsubj", "csubj", "prep", "pobj", "ROOT", "xcomp"],
                       ["NNP", "VBG", "IN", "NNP", "VBD", "VBG"])
    assert participle_subject(headline[4]) is None
    patrol = _parsed(["Navy", "patrolling", "channels", "seized", "dhows"],
                     [1, 3, 1, 3, 3], ["nsubj", "csubj", "dobj", "ROOT", "dobj"],
                     ["NNP", "VBG", "NNS", "VBD", "NNS"])
    found = participle_subject(patrol[3])
    assert found is not None and found.text == "Navy"
