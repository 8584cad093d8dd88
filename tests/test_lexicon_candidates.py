"""``lexicon_candidates``: a verb's particle and object read from the
children table (speed24) are what a walk of ``tok.children`` finds
(sentences written for this test)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Token

from eventwire.stages.events.lexicon_candidates import (
    ADVERB_PARTICLES,
    MEASURE_NOUNS,
    _object,
    _particle,
    for_to_clause,
)
from tests.conftest import events_of

TEXTS = [
    "The army pulled its heavy weapons back from the front and shut down two roads.",
    "Donors sent 50 tonnes of food and a convoy of trucks; the rebels captured part of the town.",
    "He became the mayor after the council called off the vote.",
    "Protesters set up camps, and police broke them up within hours.",
]


def _particle_walk(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ in ADVERB_PARTICLES
                                   and tok.i < child.i <= tok.i + 5):
            return child.lower_
    return None


def _object_walk(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("dobj", "attr"):
            if child.lemma_.lower() in MEASURE_NOUNS:
                inner = next((g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"), None)
                if inner is not None:
                    return inner
            return child
    return None


@pytest.mark.parametrize("text", TEXTS)
def test_particle_and_object_equal_the_children_walk(spacy_nlp: Language, text: str) -> None:
    doc = spacy_nlp(text)
    for _ in range(2):  # the second round reads the table back
        for tok in doc:
            assert _particle(tok) == _particle_walk(tok), (text, tok.text)
            assert _object(tok) == _object_walk(tok), (text, tok.text)


def test_the_measured_noun_and_particles_are_found(spacy_nlp: Language) -> None:
    found = {tok.text: (_particle(tok), _object(tok)) for text in TEXTS
             for tok in spacy_nlp(text) if tok.pos_ == "VERB"}
    assert any(p is not None for p, _ in found.values())
    assert any(o is not None and o.text in ("food", "town") for _, o in found.values())


# events26: "warned X against Y" / "warned X (not) to do Y" is a request;
# "warned that ..." stays a threat (sentences written for this test)
@pytest.mark.parametrize("text,kind", [
    ("The European Union warned Beijing against coercive measures.", "REQUEST"),
    ("The army chief warned the government not to amend the constitution.", "REQUEST"),
    ("The water board had warned residents not to drink from the river.", "REQUEST"),
    ("Officials warned the public to stay away from the beaches.", "REQUEST"),
    ("The president warned that the army would respond with force.", "THREATEN"),
    ("The rebels warned they would attack the capital.", "THREATEN"),
    # review35: "warned to do" with no one warned is the warner's own act
    ("Tehran warned to shut the strait if its ports were attacked.", "THREATEN"),
    ("The militia warned to strike the airport again.", "THREATEN"),
    ("Residents were warned to stay indoors.", "REQUEST"),
    ("The ministry warned not to travel to the border towns.", "REQUEST"),
])
def test_warning_off_is_a_request(event_pipe, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import events_of

    assert [e.type for e in events_of(event_pipe, text) if e.trigger.text == "warned"] == [kind]


def test_warning_noun_against_is_a_request(event_pipe) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import events_of

    text = "The health department issued a warning against swimming in the lake."
    assert [e.type for e in events_of(event_pipe, text) if e.trigger.text == "warning"] == [
        "REQUEST"]

# recall26: "called for X to do Y" -- the parser hangs "for" as the mark of the
# infinitive clause, so the verb has no "for" of its own (sentences written here)
@pytest.mark.parametrize("text, word", [
    ("The bishops called for the two rival leaders to meet before Easter.", "called"),
    ("Farmers' unions are calling for the tax to be scrapped at once.", "calling"),
    ("The senator also called for the navy and the coast guard to share their radar data.",
     "called"),
])
def test_a_for_to_clause_makes_call_a_request(event_pipe: Any, text: str, word: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_pipe, text)}
    assert (word, "REQUEST") in found


@pytest.mark.parametrize("text", [
    "The bishops called for the two rival leaders to meet before Easter.",
    "Farmers' unions are calling for the tax to be scrapped at once.",
])
def test_what_is_called_for_is_no_event_of_its_own(event_pipe: Any, text: str) -> None:
    assert len(events_of(event_pipe, text)) == 1


@pytest.mark.parametrize("text, word", [
    ("He left the hall early because the talks had ended.", "ended"),
    ("The mayor wants the council to approve the budget.", "approve"),
    ("They stayed home for the storm to pass, officials said.", "stayed"),
])
def test_other_clauses_are_no_for_to_clause(spacy_nlp: Language, text: str, word: str) -> None:
    assert not for_to_clause(next(t for t in spacy_nlp(text) if t.text == word))


def test_for_to_clause_is_read_from_the_parse(spacy_nlp: Language) -> None:
    doc = spacy_nlp("The union called for the minister to resign.")
    assert for_to_clause(next(t for t in doc if t.text == "resign"))
    assert not for_to_clause(next(t for t in doc if t.text == "union"))
