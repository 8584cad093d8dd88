"""speed32: the quote scan on the cue verbs' positions finds what it found
on every verb's (sentences written for these tests, none from an
evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.stages.attribution import quotes as Q
from eventwire.stages.attribution.cue_positions import cue_verb_positions, is_cue_word
from eventwire.stages.attribution.stances import stance_positions

TEXTS = [
    "The harbour master said on Friday that the pier had collapsed, and divers believe "
    "it was old.",
    "\"We are going home,\" the farmers told reporters as they loaded the trucks.",
    "The ferry left early; the captain, a witness reported, had feared the storm.",
    "Engineers found that the dam was leaking. The mayor hopes repairs will be quick.",
    "She was hoping, aides claimed, that the council had been told nothing.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cue_positions_give_the_same_quotes(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    every = Q.verb_positions(doc)
    cued = cue_verb_positions(doc, every)
    assert set(cued) <= set(every)
    stances = stance_positions(doc)
    for sent in doc.sents:
        assert Q.quotes_in_sentence(doc, sent, cued, stances) == \
            Q.quotes_in_sentence(doc, sent, every, stances) == Q.quotes_in_sentence(doc, sent)


def test_verbs_of_no_cue_are_dropped(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(TEXTS[1])
    kept = {doc[i].lower_ for i in cue_verb_positions(doc, Q.verb_positions(doc))}
    assert "told" in kept
    assert not {"are", "going", "loaded"} & kept


def test_is_cue_word_reads_inflected_forms() -> None:
    assert is_cue_word("said", "say") and is_cue_word("hopes", "hop")  # the lemmatiser's slip
    assert is_cue_word("believed", "believe")
    assert not is_cue_word("loaded", "load") and not is_cue_word("went", "go")
