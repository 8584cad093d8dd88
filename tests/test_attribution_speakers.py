"""Who speaks and through whom (eventwire/stages/attribution/speakers.py and
marks.py), by linguistic class. Every passage was written for these tests
(branch relays, issue #12), none taken from an evaluation set; three or more
per class."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import quotes_of


# --- class: a speech verb sharing the subject of the verb it hangs on
@pytest.mark.parametrize("text,cue,speaker", [
    ("The opposition leader appeared before the committee on Monday and said soldiers had "
     "beaten him.", "said", "The opposition leader"),
    ("The envoy went on to say that the ceasefire would hold.", "say", "The envoy"),
    ("The army rejected the plan, saying it would leave the border exposed.", "saying",
     "The army"),
    ("The ministry defended the raid, insisting the camp had sheltered fighters.", "insisting",
     "The ministry"),
    ("The coach left the pitch and later told journalists that the referee was biased.",
     "told", "The coach"),
])
def test_shared_subject(quote_pipe: Pipeline, text: str, cue: str, speaker: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue and q.cue.text == cue)
    assert q.speaker.text == speaker


# --- class: the outlet a statement was made to relays it, unless it publishes it
@pytest.mark.parametrize("text,speaker,relay", [
    ("The minister told Al Arabiya television that the talks had failed.", "The minister",
     "Al Arabiya television"),
    ("In an interview with the BBC, the general said the drills would continue.",
     "the general", "the BBC"),
    ("Speaking to the Associated Press, the mayor said the dam had held.", "the mayor",
     "the Associated Press"),
    ("Rebel leaders told Reuters that the town had fallen.", "Rebel leaders", "Reuters"),
])
def test_outlet_told_is_a_relay(quote_pipe: Pipeline, text: str, speaker: str, relay: str) -> None:
    (q,) = quotes_of(quote_pipe, text)
    assert (q.speaker.text, [r.text for r in q.relays]) == (speaker, [relay])


@pytest.mark.parametrize("text,outlet", [
    ("Rebel leaders told Reuters that the town had fallen.", "Reuters"),
    ("The governor told the Daily Herald that the budget was balanced.", "The Daily Herald"),
    ("Police told reporters that the suspect had fled.", "Wire"),
    ("The judge told the court that the hearing would resume.", "Wire"),
])
def test_own_outlet_or_no_outlet_is_no_relay(quote_pipe: Pipeline, text: str, outlet: str) -> None:
    (q,) = quotes_of(quote_pipe, text, outlet=outlet)
    assert q.relays == []


# --- class: an outlet's own statement (a speech verb deep in its content)
@pytest.mark.parametrize("text,speaker", [
    ("Sabra News, a Telegram channel close to the militias, said the attack caused heavy "
     "damage to the base, which it described as a hub for foreign forces.", "Sabra News"),
    ("The state news agency said the raid destroyed a depot that the army described as a "
     "rebel arsenal.", "The state news agency"),
    ("The newspaper reported that the fire gutted a warehouse which officials said stored "
     "ballots.", "The newspaper"),
])
def test_outlet_speaks_for_itself(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    outer = max(quotes_of(quote_pipe, text), key=lambda q: len(q.content.text))
    assert outer.speaker.text == speaker and outer.relays == []


# --- class: datelines with two cities or an unbracketed agency are never the speaker
@pytest.mark.parametrize("text,speaker", [
    ("NIAMEY/ABUJA, July 31 (Reuters) - West African leaders demanded that the junta step "
     "down.", "West African leaders"),
    ("SEOUL, Nov. 24 Kyodo - North Korea warned it would launch more strikes.", "North Korea"),
    ("GOMA/KIGALI, May 3 (AFP) - Congo said rebels had shelled the town.", "Congo"),
])
def test_dateline_variants(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue is not None)
    assert q.speaker.text == speaker


# --- class: apposition length counts words, not tokens (hyphenated names)
@pytest.mark.parametrize("text,speaker", [
    ("Hamas's armed wing, the Ezz al-Din al-Qassam Brigades, said it had fired rockets.",
     "Hamas's armed wing, the Ezz al-Din al-Qassam Brigades"),
    ("The group's leader, Abu Bakr al-Baghdadi, said the caliphate would expand.",
     "The group's leader, Abu Bakr al-Baghdadi"),
    ("The militia's commander, Abdel-Rahman al-Jumaili, said the road was open.",
     "The militia's commander, Abdel-Rahman al-Jumaili"),
])
def test_hyphenated_apposition(quote_pipe: Pipeline, text: str, speaker: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue is not None)
    assert q.speaker.text == speaker


# --- class: one quotation, one cue
@pytest.mark.parametrize("text,cue,content", [
    ("The ministry said that it rejects \"any attack on civilians,\" describing the raid as "
     "\"a cowardly act of terror.\"", "describing", "a cowardly act of terror"),
    ("The general said his troops would \"never retreat,\" warning that \"the enemy will pay "
     "a heavy price.\"", "warning", "the enemy will pay a heavy price"),
    ("The council said it opposed \"any delay at all,\" describing the plan as \"reckless "
     "and unfunded.\"", "describing", "reckless and unfunded"),
])
def test_second_quotation_goes_to_the_second_cue(quote_pipe: Pipeline, text: str, cue: str,
                                                 content: str) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue and q.cue.text == cue)
    assert q.content.text == content


# --- class: ASCII ``…'' quotation marks (old wire and wiki copy)
@pytest.mark.parametrize("text,speaker,content,relays", [
    ("``We will not surrender,'' the commander said.", "the commander", "We will not surrender",
     []),
    ("``The port is closed until further notice,'' Kompas quoted the harbour master as saying.",
     "the harbour master", "The port is closed until further notice", ["Kompas"]),
    ("The minister said: ``Our answer will be firm.''", "The minister", "Our answer will be firm",
     []),
])
def test_ascii_quotation_marks(quote_pipe: Pipeline, text: str, speaker: str, content: str,
                               relays: list[str]) -> None:
    q = next(q for q in quotes_of(quote_pipe, text) if q.cue is not None)
    assert (q.speaker.text, q.content.text, [r.text for r in q.relays]) == (
        speaker, content, relays)
