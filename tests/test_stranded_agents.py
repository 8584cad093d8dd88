"""Class of eventwire/stages/events/stranded_agents.py: a nominal act's
by-phrase that the parser hung on the verb above the noun still names the
act's doer (actors45). Every sentence here was written for these tests
(none is taken from an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.stranded_agents import done_by, stranded_agent
from tests.conftest import by_trigger


def _noun(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,noun,agent", [
    # the by-phrase read as the passive verb's agent
    ("Dozens of people were detained during raids by riot police in Lagos on Monday.",
     "raids", "police"),
    ("The hostage was flown home after mediation by the Swiss government.",
     "mediation", "government"),
    # the by-phrase read as an adjunct of an intransitive verb
    ("Two students died during protests by thousands of teachers in Nairobi.",
     "protests", "thousands"),
])
def test_by_phrase_hung_on_the_verb_is_the_nouns(spacy_nlp: Any, text: str, noun: str,
                                                 agent: str) -> None:
    """The by right after the noun's phrase, attached to one of its heads."""
    tok = _noun(spacy_nlp, text, noun)
    assert tok.doc[tok.right_edge.i + 1].head != tok  # the parser hung it elsewhere
    found = stranded_agent(tok)
    assert found is not None and found.text == agent


@pytest.mark.parametrize("text,noun", [
    # a date between the noun and the by-phrase: the verb's agent, not read here
    ("Dozens of people were detained during raids on Monday by riot police.", "raids"),
    # the by-phrase is the noun's own (the ordinary reading finds it)
    ("The raids by riot police angered residents of the district.", "raids"),
    # the noun is the subject of a passive: its by is the verb's agent
    ("The protest was broken up by police within an hour.", "protest"),
    # no by at all
    ("Three shops were damaged during the looting in the capital.", "looting"),
])
def test_near_misses_find_nothing(spacy_nlp: Any, text: str, noun: str) -> None:
    assert stranded_agent(_noun(spacy_nlp, text, noun)) is None


def test_reason_of_an_accusing_verb_is_left_alone(spacy_nlp: Any) -> None:
    """"charged over the attack by ...": the by-phrase is the charging
    verb's agent whatever the parse; the accused does the attack."""
    doc = spacy_nlp("The driver was charged over the attack by prosecutors in Lyon.")
    attack = next(t for t in doc if t.text == "attack")
    by = doc[attack.right_edge.i + 1]
    if by.head == attack:  # the parser read it as the noun's: nothing to test here
        pytest.skip("by attached to the noun")
    assert stranded_agent(attack) is None


@pytest.mark.parametrize("text,trigger,actor", [
    ("Dozens of people were detained during raids by riot police in Lagos on Monday.",
     "raids", "police"),
    ("Two students died during protests by thousands of teachers in Nairobi.",
     "protests", "teachers"),
])
def test_the_event_takes_the_stranded_agent(event_pipe: Pipeline, text: str, trigger: str,
                                            actor: str) -> None:
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,noun,agent", [
    ("The hostage was freed after talks mediated by Qatar.", "talks", "Qatar"),
    ("The truce followed negotiations brokered by the African Union.", "negotiations",
     "Union"),
    ("Ghana rejected a protest note delivered by Togo over the border incident.", "protest",
     "Togo"),
    ("Residents described a night operation conducted by marines along the river.",
     "operation", "marines"),
])
def test_participle_of_doing_names_the_doer(spacy_nlp: Any, text: str, noun: str,
                                            agent: str) -> None:
    """Class *a nominal act's doer named by a participle of doing*."""
    found = done_by(_noun(spacy_nlp, text, noun))
    assert found is not None and found.text == agent


@pytest.mark.parametrize("text,noun", [
    # receiving or calling is not doing
    ("The bank reported a threat received by its branch in Leeds.", "threat"),
    ("Traffic stopped during a strike called by the drivers' union.", "strike"),
    # a participle with no by-agent
    ("The talks mediated in Doha ended without a deal.", "talks"),
])
def test_participles_that_are_not_doing(spacy_nlp: Any, text: str, noun: str) -> None:
    assert done_by(_noun(spacy_nlp, text, noun)) is None


def test_an_agreement_keeps_its_parties(event_pipe: Pipeline) -> None:
    """"a deal mediated by Egypt": the mediator is no party to the AGREE."""
    ev = by_trigger(event_pipe, "The ceasefire deal mediated by Egypt took effect at dawn.")
    assert "deal" not in ev or ev["deal"].actor is None or "Egypt" not in ev["deal"].actor.text


def test_mediated_talks_take_the_mediator(event_pipe: Pipeline) -> None:
    ev = by_trigger(event_pipe, "The hostage was freed after talks mediated by Qatar.")
    assert ev["talks"].actor is not None and ev["talks"].actor.text == "Qatar"


def test_under_attack_takes_a_stranded_by_phrase(spacy_nlp: Any) -> None:
    """"came to the rescue of a trawler under attack by pirates": the
    parser hangs the by-phrase on "rescue"; the attack's doer is still it."""
    from eventwire.stages.events.roles import noun_roles

    doc = spacy_nlp("Coast guard cutters came to the rescue of a trawler under attack "
                    "by pirates near the islands on Sunday.")
    attack = next(t for t in doc if t.text == "attack")
    actor, _ = noun_roles(attack)
    assert actor is not None and actor.text == "pirates"


@pytest.mark.parametrize("text,trigger,actor", [
    # review96: a by-phrase of means, place or time is no doer; the clause's
    # subject stays the actor (or none is named)
    ("The two premiers held talks by telephone late on Thursday.", "talks", "premiers"),
    ("The foreign ministers held talks by video link about the dam dispute.", "talks",
     "ministers"),
    ("A medic was shot during clashes by the river near the old bridge.", "clashes", None),
])
def test_a_means_place_or_time_is_no_doer(event_pipe: Pipeline, text: str, trigger: str,
                                          actor: str | None) -> None:
    ev = by_trigger(event_pipe, text)[trigger]
    if actor is None:
        assert ev.actor is None, ev.actor
    else:
        assert ev.actor is not None and actor in ev.actor.text, ev.actor


@pytest.mark.parametrize("text,noun", [
    ("Shops closed during protests by the gates of the ministry on Monday.", "protests"),
    ("The rebels prepared an offensive by the end of the month.", "offensive"),
])
def test_stranded_means_place_or_time_is_not_read(spacy_nlp: Any, text: str,
                                                  noun: str) -> None:
    tok = _noun(spacy_nlp, text, noun)
    found = stranded_agent(tok)
    assert found is None or found.lower_ not in ("gates", "end"), found
