"""The speaker span (eventwire/stages/attribution/phrases.py), by linguistic
class: the whole source mention of docs/annotation.md. Every passage was
written for these tests (branch speakers6, issue #12), none taken from an
evaluation set; three or more per class."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import quotes_of


def _speaker(pipe: Pipeline, text: str, cue: str) -> str:
    q = next(q for q in quotes_of(pipe, text) if q.cue and q.cue.text == cue)
    return q.speaker.text


# --- class: coordinated sources are one speaker span
@pytest.mark.parametrize("text,speaker", [
    ("Residents and officials said the town had been shelled overnight.",
     "Residents and officials"),
    ("Police, medics and witnesses said at least nine people died in the blast.",
     "Police, medics and witnesses"),
    ("The African Union and the United Nations said they were alarmed by the fighting.",
     "The African Union and the United Nations"),
    ("The president and his wife said they were grateful for the support.",
     "The president and his wife"),
])
def test_coordinated_sources(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert _speaker(quote_pipe, text, "said") == speaker


# --- class: a parenthetical abbreviation belongs to the name
@pytest.mark.parametrize("text,speaker", [
    ("The Kurdish-led Syrian Democratic Forces (SDF) said they had captured the town.",
     "The Kurdish-led Syrian Democratic Forces (SDF)"),
    ("The World Food Programme (WFP) said food stocks would run out in May.",
     "The World Food Programme (WFP)"),
    ("Haftar's Libyan National Army (LNA) said it had shot down a drone.",
     "Haftar's Libyan National Army (LNA)"),
])
def test_parenthetical_abbreviation(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert _speaker(quote_pipe, text, "said") == speaker


# --- class: a relative clause or participial aside inside the complement is cut
@pytest.mark.parametrize("text,speaker", [
    ("A diplomat in the capital who asked not to be named said the talks had stalled.",
     "A diplomat in the capital"),
    ("The leaders of the farmers' unions, who organised the blockades, said they would "
     "continue.", "The leaders of the farmers' unions"),
    ("Officials at the ministry, speaking on condition of anonymity, said the plan was dead.",
     "Officials at the ministry"),
    ("The head of the mission, appointed last year, said the vote was fair.",
     "The head of the mission"),
])
def test_aside_inside_complement(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert _speaker(quote_pipe, text, "said") == speaker


# --- class: a head inside a longer name takes the whole name
@pytest.mark.parametrize("text,speaker", [
    ("The Kenya National Commission on Human Rights said 39 people had been killed.",
     "The Kenya National Commission on Human Rights"),
    ("The Senate Committee on Foreign Relations said the treaty needed more scrutiny.",
     "The Senate Committee on Foreign Relations"),
    ("The Office for the Coordination of Humanitarian Affairs said aid convoys were blocked.",
     "The Office for the Coordination of Humanitarian Affairs"),
])
def test_head_inside_a_name(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert _speaker(quote_pipe, text, "said") == speaker


# --- class: a restrictive present participle belongs to the source; speaking asides do not
@pytest.mark.parametrize("text,speaker", [
    ("Students leading the movement said they would not negotiate.",
     "Students leading the movement"),
    ("Lawmakers representing the district said the plant should stay open.",
     "Lawmakers representing the district"),
    ("Groups monitoring the war said the strikes had hit two hospitals.",
     "Groups monitoring the war"),
    ("Two officials speaking on condition of anonymity said the talks had collapsed.",
     "Two officials"),
])
def test_restrictive_participle(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert _speaker(quote_pipe, text, "said") == speaker


# --- whole phrases stay: complements, appositions; a time phrase does not
@pytest.mark.parametrize("text,speaker", [
    ("Leaders across Europe said the attack was an outrage.", "Leaders across Europe"),
    ("The spokesman for the coalition said the raid had failed.",
     "The spokesman for the coalition"),
    ("The UN envoy, Martin Griffiths, said the talks would resume.",
     "The UN envoy, Martin Griffiths"),
    ("The minister on Tuesday said the plan would go ahead.", "The minister"),
])
def test_whole_phrase_kept(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    assert _speaker(quote_pipe, text, "said") == speaker
