"""A service outage told as the failure of a line nobody cut
(eventwire/stages/events/line_outages.py, branch false52). Every sentence
here was written for these tests (none from an evaluation set or a shared
data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.line_outages import is_line_outage, is_outage_story

# a story that tells a broken line and no deliberate act on it
BREAK = "Engineers said a fibre cable had failed near the landing station."


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize(("text", "form"), [
    ("Phone and data services across the islands were disrupted on Monday. " + BREAK,
     "disrupted"),
    ("Most broadband links to the north have been cut since the weekend. " + BREAK, "cut"),
    ("Cable faults interrupted mobile calls in three provinces. " + BREAK, "interrupted"),
    ("Internet access in the valley remained blocked for a second day after a "
     "submarine cable broke.", "blocked"),
    ("The operator is trying to switch its traffic to a satellite route. " + BREAK, "switch"),
    ("Two more cables severed off the cape, the carrier said. " + BREAK, "severed"),
])
def test_outage_is_no_act(spacy_nlp: Any, text: str, form: str) -> None:
    assert is_line_outage(word(spacy_nlp, text, form))


@pytest.mark.parametrize(("text", "form"), [
    # a doer keeps the act, even in a story of a broken line
    ("The junta cut mobile internet in the capital on Friday. " + BREAK, "cut"),
    ("Rebels blocked the highway to the port. " + BREAK, "blocked"),
    ("The regulator ordered providers to switch off social media sites. " + BREAK, "switch"),
    # no broken line told: an election shutdown stays COERCE censor
    ("Internet access was cut across the country on polling day, a monitoring group said.",
     "cut"),
    ("Mobile services were disrupted in the capital as protests spread.", "disrupted"),
    # a deliberate act on the line anywhere in the story keeps it
    ("Coast guards detained a freighter after a power cable was damaged in the strait.",
     "damaged"),
    ("Telephone links were cut after saboteurs severed a cable outside the city.", "cut"),
])
def test_acts_stay(spacy_nlp: Any, text: str, form: str) -> None:
    assert not is_line_outage(word(spacy_nlp, text, form))


def test_story_needs_a_break_in_one_sentence(spacy_nlp: Any) -> None:
    assert is_outage_story(spacy_nlp(BREAK))
    assert not is_outage_story(spacy_nlp(
        "The cable channel aired the debate. Talks broke down on Tuesday."))


def test_the_pipeline_drops_the_outage(event_pipe: Any) -> None:
    """End to end: the body's "disrupted" gave SANCTION with the rule
    patched out (checked when written); with it the article has no event."""
    from tests.conftest import by_trigger

    text = ("Subsea cables damage disrupts mobile services in Malta\nMobile services in "
            "Malta have been disrupted after two subsea cables failed, the regulator said.")
    assert by_trigger(event_pipe, text) == {}


@pytest.mark.parametrize("text", [
    "Two undersea cables were cut near the coast. Internet services were disrupted.",
    "Investigators suspect a ship dragged its anchor over the cable, which broke on Monday.",
    "Internet access was cut across the country on election day.",
    "Sabotage was ruled out after the fibre line snapped in the storm.",
])
def test_story_reads_the_word_column(spacy_nlp, text) -> None:  # type: ignore[no-untyped-def]
    """speed42: the story test reads the words' column; it answers what the
    set of every Token's ``lower_`` answered."""
    from eventwire.stages.events.line_outages import _tells_break, is_outage_story, words

    doc = spacy_nlp(text)
    want = not {t.lower_ for t in doc} & words()["deliberate_cues"] and any(
        _tells_break(s) for s in doc.sents)
    assert is_outage_story(doc) == want


@pytest.mark.parametrize("text", [
    "Fibre LINKS snapped during the storm. Crews RESTORED service by noon.",
    "The carrier's cable wasn't damaged, engineers said; traffic was rerouted.",
    "Two power lines broke under the ice.\n\nThe outage lasted three days.",
    "Nobody mentioned any wire at all.",
])
def test_story_forms_read_the_columns(spacy_nlp, text) -> None:  # type: ignore[no-untyped-def]
    """speed43: each sentence's forms and lemmas, read on the LOWER and
    LEMMA columns, are the sets the Tokens gave, and the story test
    answers what the Token scan of every sentence answered."""
    from eventwire.stages.events.detection_words import lemma
    from eventwire.stages.events.line_outages import _forms, is_outage_story, words

    doc = spacy_nlp(text)
    for sent in doc.sents:
        assert _forms(doc, sent.start, sent.end) == \
            {t.lower_ for t in sent} | {lemma(t) for t in sent}
    told = [{t.lower_ for t in s} | {lemma(t) for t in s} for s in doc.sents]
    want = not {t.lower_ for t in doc} & words()["deliberate_cues"] and any(
        f & words()["line_nouns"] and f & words()["break_words"] for f in told)
    assert is_outage_story(doc) == want
