"""Modes decided by the kind of content (eventwire/stages/events/content_modes.py):
sanctions as such, threats of an unnamed response, threatened labour strikes.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.content_modes import _strikers, labour_strike
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


def check(pipe: Pipeline, text: str, word: str, kind: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == (kind, mode), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,word,kind,mode", [
    # sanctions as such: a sanctions package, people sanctioned, assets frozen
    ("The Council imposed sanctions on eleven senior security officials on Tuesday.",
     "imposed", "SANCTION", None),
    ("Canada sanctioned three judges of the supreme court.", "sanctioned", "SANCTION", None),
    ("The bloc froze the assets of the ruling family.", "froze", "SANCTION", None),
    ("The ministers imposed asset freezes and travel bans on six generals.", "freezes",
     "SANCTION", None),
    # controls: cutting trade, a relation or aid stays discontinue
    ("The government froze all new trade with its neighbour.", "froze", "SANCTION",
     "discontinue"),
    ("Washington imposed sanctions on the country's oil exports.", "imposed", "SANCTION",
     "discontinue"),
    ("The donors suspended budget support to the junta.", "suspended", "SANCTION",
     "discontinue"),
])
def test_sanctions_as_such(pipe: Pipeline, text: str, word: str, kind: str,
                           mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # a response with no armed content: no mode
    ("The ministry said it would respond with mirror measures.", "respond", "THREATEN", None),
    ("The minister warned that the government would take all necessary measures if the "
     "hostages were not freed.", "warned", "THREATEN", None),
    ("He warned that those responsible would pay for it.", "warned", "THREATEN", None),
    # controls: an armed response or an armed threat keeps violence
    ("The army warned that it would respond with full force if the militants attacked "
     "again.", "warned", "THREATEN", "violence"),
    ("Rebels threatened to attack the capital.", "threatened", "THREATEN", "violence"),
    ("The commander warned that his troops would respond to any provocation.", "warned",
     "THREATEN", "violence"),
])
def test_unnamed_response(pipe: Pipeline, text: str, word: str, kind: str,
                          mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,mode", [
    # class *a punishment threatened for others' violence* (modes37): the
    # culprits' deed names what they did, not what the threatener will do
    ("The governor warned that the men who attacked traders at the market would be "
     "punished.", "warned", None),
    ("The interior ministry warned that those behind the attack on the depot would pay "
     "dearly.", "warned", None),
    ("The mayor warned that anyone responsible for shooting at ambulances would be dealt "
     "with.", "warned", None),
    ("The prime minister warned that rioters who attacked shops would face the "
     "consequences.", "warned", None),
    # near-misses: an armed threat, or an armed condition, keeps violence
    ("The colonel warned that anyone who attacked the convoy would be shot on sight.",
     "warned", "violence"),
    ("The militia warned it would retaliate against anyone who attacked its camps.",
     "warned", "violence"),
    ("The army warned that it would respond if the rebels attacked its positions again.",
     "warned", "violence"),
    ("Rebels warned that the soldiers who guard the pipeline would be attacked.",
     "warned", "violence"),
    ("The minister warned that there would be a heavy price to pay for any attack on the "
     "embassy.", "warned", "violence"),
])
def test_punishment_for_others_violence(pipe: Pipeline, text: str, word: str,
                                        mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)


@pytest.mark.parametrize("text,word", [
    ("The guard said the prisoner had pointed a pistol at him.", "pointed"),
    ("A man pulled a gun on two cashiers before fleeing.", "pulled"),
    ("The insurgents threatened to bomb the bridge.", "threatened"),
])
def test_threats_without_a_response_word_keep_violence(pipe: Pipeline, text: str,
                                                       word: str) -> None:
    check(pipe, text, word, "THREATEN", "violence")


@pytest.mark.parametrize("text,word,mode", [
    # a labour strike threatened: no mode
    ("The teachers' union warned that its members would strike again next week.", "warned",
     None),
    ("Doctors threatened to strike if their salaries were not paid.", "threatened", None),
    ("Bus drivers said they would stage a walkout on Monday unless the company raised "
     "wages.", "walkout", None),
    # controls: an armed striker keeps violence, also beside a union in the sentence
    ("The army warned that it would strike rebel positions.", "warned", "violence"),
    ("Union leaders said the rebels would strike the capital.", "strike", "violence"),
])
def test_labour_strike(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)


@pytest.mark.parametrize("text,word,mode", [
    # a work stoppage named in the threat (modes59): the strike is the
    # stoppage whoever threatens -- the article's strike re-mentioned, workers
    # "striking", a strike given a length, a headline's general strike
    ("Dockers walked out on Monday in a general strike. Their leaders warned that the "
     "strike would spread to every port if the pay offer was not improved.", "warned", None),
    ("The ministry threatened to sack striking bus drivers who did not return by Friday.",
     "threatened", None),
    ("The federation warned of a 72-hour strike if the budget cuts went ahead.", "warned",
     None),
    ("General strike shuts down the capital; ministry threatens to freeze wages",
     "threatens", None),
    # controls: a military strike, an armed word beside the stoppage, a bare
    # "the strike" in an article of air raids keep violence
    ("The army warned of more air strikes if the rebels did not withdraw.", "warned",
     "violence"),
    ("The union warned that the strike would go on and that troops sent to the mines would "
     "be met with force.", "warned", "violence"),
    ("Jets hit a fuel depot near the border on Sunday. The militia warned that the strike "
     "would be avenged within days.", "warned", "violence"),
])
def test_stoppage_named_in_the_threat(pipe: Pipeline, text: str, word: str,
                                      mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)


@pytest.mark.parametrize("text,word", [
    # a worker, union or pilot elsewhere in the sentence is not the striker
    ("The European Union warned that Russia would strike Ukraine again.", "warned"),
    ("Airline pilots said the government would strike the border towns.", "strike"),
    ("Hospital staff fled after the militia threatened to strike the clinic.", "threatened"),
])
def test_labour_word_beside_a_state_striker_keeps_violence(pipe: Pipeline, text: str,
                                                           word: str) -> None:
    check(pipe, text, word, "THREATEN", "violence")


@pytest.mark.parametrize("text,word", [
    # "fire" as a dismissal is no armed word: the threat stays without a mode
    ("Nurses threatened to strike if their union leaders were fired.", "threatened"),
    ("The union warned that it would respond if any worker was fired.", "warned"),
    ("Miners said they would strike if the company fired their leaders.", "strike"),
])
def test_firing_a_person_does_not_arm_the_threat(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "THREATEN", None)


@pytest.mark.parametrize("text,word", [
    # a trade word outside the sanction's own phrase (the sanctioner, a relative
    # clause on the people sanctioned) does not make it a trade sanction
    ("The Treasury sanctioned four officers who aided the coup.", "sanctioned"),
    ("Britain imposed sanctions on six generals who aided the junta.", "imposed"),
    ("The ministry, which oversees trade, sanctioned three judges.", "sanctioned"),
])
def test_trade_word_outside_the_sanction_phrase(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "SANCTION", None)


def test_labour_strike_ends_on_a_sentence_with_no_subject(spacy_nlp: Any) -> None:
    """The climb for the striker stops at the sentence root (a headline with
    no subject at all) instead of looping there."""
    doc = spacy_nlp("Threatening to strike over unpaid wages.")
    strike = next(t for t in doc if t.lower_ == "strike")
    assert not _strikers(strike)
    assert not labour_strike(doc[strike.i: strike.i + 1])


@pytest.mark.parametrize("text,word,mode", [
    # a union of states is no trade union: its threatened strike stays violence
    ("The Soviet Union threatened to strike the island.", "threatened", "violence"),
    ("The African Union warned that it would strike if the junta stayed.", "warned",
     "violence"),
    # control: a named trade union still strikes as labour
    ("The National Union of Mineworkers threatened to strike next month.", "threatened",
     None),
])
def test_union_of_states_is_no_labour_striker(pipe: Pipeline, text: str, word: str,
                                              mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)


@pytest.mark.parametrize("text,word,mode", [
    # review52: "intensify" and "sink" name force only with armed content or a
    # vessel to sink; pressure, a deal or a bill sunk is no violence
    ("The opposition threatened to intensify its pressure on the cabinet.", "threatened",
     None),
    ("Senators threatened to sink the trade deal in a vote next week.", "threatened", None),
    ("The coalition partner threatened to sink the budget unless farm subsidies were kept.",
     "threatened", None),
    # controls: armed content, or a vessel, keeps violence
    ("The rebels threatened to sink any warship that entered the bay.", "threatened",
     "violence"),
    ("Pirates threatened to sink the tanker if the ransom was not paid.", "threatened",
     "violence"),
    ("The crew said the gunmen threatened to sink it if they came back.", "threatened",
     "violence"),
    ("The army warned it would intensify its operations in the north.", "warned", "violence"),
    ("The junta vowed to intensify its air strikes on the rebel towns.", "vowed", "violence"),
])
def test_pressing_or_sinking_is_violence_only_when_armed(pipe: Pipeline, text: str, word: str,
                                                         mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)


@pytest.mark.parametrize("text,word,mode", [
    # a tariff is a penalty on trade, no cut relation (modes43): SANCTION, no mode
    ("The government imposed a 40% tariff on steel from its neighbour.", "imposed", None),
    ("Washington slapped new tariffs on Mexican tomatoes on Monday.", "slapped", None),
    ("The ministry said it would impose retaliatory tariffs on European cars.", "impose", None),
    # near misses: trade cut off, suspended or embargoed is discontinue
    ("The government suspended all fuel exports to its neighbour.", "suspended", "discontinue"),
    ("The council imposed an arms embargo on the junta.", "imposed", "discontinue"),
    ("The ministry halted electricity sales to the neighbouring state.", "halted", "discontinue"),
])
def test_tariffs_have_no_mode(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    check(pipe, text, word, "SANCTION", mode)
