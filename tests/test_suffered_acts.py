"""Class of eventwire/stages/events/suffered_acts.py: the victim of an act of
violence told as the subject of a verb of suffering around the act's noun
("died in a bomb attack", "was damaged by arson") is the act's recipient
(recip52). Every sentence here was written for these tests (none is from an
evaluation set); the near misses are mutual acts, gatherings, a noun with a
target of its own, a definite re-mention, and verbs that suffer nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.suffered_acts import suffered_by
from tests.conftest import events_of


def _victim(nlp: Language, text: str, trigger: str) -> str | None:
    doc = nlp(text)
    noun = next(t for t in doc if t.text == trigger)
    found = suffered_by(noun)
    return None if found is None else found.text


@pytest.mark.parametrize("text,trigger,victim", [
    ("Four shopkeepers died in a grenade attack on Tuesday night.", "attack", "shopkeepers"),
    ("Two ferries were destroyed by arson in the harbour.", "arson", "ferries"),
    ("A customs officer died after a stabbing near the border post.", "stabbing", "officer"),
    ("Six villagers were wounded in an ambush outside Bunia.", "ambush", "villagers"),
    ("The clinic caught fire in overnight bombings.", "bombings", "clinic"),
    ("Three herders perished during army raids on their camp.", "raids", "herders"),
    ("Nine pilgrims killed in a shooting near the shrine.", "shooting", "pilgrims"),
])
def test_the_victim_of_a_suffered_act(spacy_nlp: Language, text: str, trigger: str,
                                      victim: str) -> None:
    assert _victim(spacy_nlp, text, trigger) == victim


@pytest.mark.parametrize("text,trigger", [
    # a mutual act: either side may be the record's recipient
    ("Five policemen were injured in clashes with striking dockers.", "clashes"),
    ("Eleven fighters died in fighting near the airport.", "fighting"),
    # a gathering: those who die during it are not whom it is aimed at
    ("Two students were killed during the protests in the capital.", "protests"),
    # the noun names its own target
    ("Twenty people died in a rocket attack on the market.", "attack"),
    # a definite re-mention of an act told before
    ("One guard died in the attack, the ministry said.", "attack"),
    # a labour strike is a gathering, not violence
    ("Three dockers were killed during a strike at the port in 1987.", "strike"),
    # a bare count names no party
    ("2 dead, 1 wounded in shooting at bus depot", "shooting"),
    # verbs that suffer nothing
    ("The minister spoke in a debate about the attack.", "attack"),
    ("Police arrested two men in the shooting.", "shooting"),
    ("The militia took part in a raid on the depot.", "raid"),
])
def test_no_victim(spacy_nlp: Language, text: str, trigger: str) -> None:
    assert _victim(spacy_nlp, text, trigger) is None


@pytest.mark.parametrize("text,trigger,victim", [
    ("Two nurses died in a knife attack at the hospital on Monday, police said.",
     "attack", "nurses"),
    ("The village school was badly damaged by arson overnight, the mayor said.",
     "arson", "school"),
    ("Three fishermen died during coast guard raids off the island last week.",
     "raids", "fishermen"),
    # a bare noun the ranker would not fill, and a site standing for its owner
    ("Two traffic wardens died in a machete attack in the market on Saturday.",
     "attack", "wardens"),
    ("Two warehouses caught fire in firebomb attacks on the fringes of the march.",
     "attacks", "warehouses"),
])
def test_through_the_pipeline(event_pipe: Pipeline, text: str, trigger: str,
                              victim: str) -> None:
    found = [e for e in events_of(event_pipe, text) if e.trigger.text == trigger]
    assert found, trigger
    recipient = found[0].recipient
    assert recipient is not None and victim in recipient.text, recipient


def test_a_mutual_act_through_the_pipeline(event_pipe: Pipeline) -> None:
    """Near miss: "injured in clashes with X" keeps the counterpart reading."""
    evs = events_of(event_pipe, "Four guards were injured in clashes with inmates on Sunday.")
    for e in evs:
        if e.trigger.text == "clashes" and e.recipient is not None:
            assert "guards" not in e.recipient.text, e.recipient
