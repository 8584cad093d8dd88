"""A warning of a hazard is no threat (eventwire/stages/events/hazard_warnings.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.hazard_warnings import framed_hazard, is_hazard_warning
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text", [
    "The soldiers opened fire on the crowd without warning, witnesses said.",
    "The company shut the plant without adequate warning to its neighbours.",
])
def test_without_warning_is_no_event(event_pipe: Pipeline, text: str) -> None:
    assert "warning" not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Forecasters warned of heavy flooding along the coast as the storm moved inland.",
     "warned"),
    ("Experts warned that the locusts could destroy the harvest within weeks.", "warned"),
    ("The aid agency warned of a food crisis in the north of the country.", "warned"),
    ("Health officials warned that the outbreak could spread to neighbouring provinces.",
     "warned"),
    ("The UN is warning of a growing threat of cholera among the displaced.", "warning"),
])
def test_a_hazard_warned_of_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "The army warned that it would strike the rebel positions if the attacks continued.",
    "The minister warned of consequences if the ambassador was not recalled.",
    "The president warned the opposition against any attempt to seize power.",
    "Police warned that protesters who stayed in the square would be arrested.",
    "The rebels warned of civil war unless the prime minister resigned.",
])
def test_a_warning_of_the_warners_act_stays(event_pipe: Pipeline, text: str) -> None:
    assert "warned" in triggers(event_pipe, text)



@pytest.mark.parametrize("text,word", [
    ("The UN is warning of a growing threat of cholera among the displaced.", "threat"),
    ("Officials spoke of the danger of floods in the valley after the dam burst.", "danger"),
    ("Villagers fled the threat of a tsunami after the quake.", "threat"),
])
def test_the_threat_of_a_hazard_is_a_framed_hazard(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                                   word: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert framed_hazard(tok)


def test_the_threat_of_an_attack_is_no_framed_hazard(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp("The embassy closed after the threat of an attack by the militia.")
    assert not framed_hazard(next(t for t in doc if t.text == "threat"))


@pytest.mark.parametrize("text", [
    "Junior doctors warned that they would strike unless the ministry raised pay.",
    "The scientists warned that we will occupy the institute if the cuts go ahead.",
])
def test_an_expert_naming_its_own_act_still_threatens(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A forecaster class subject that names its own act ("they would
    strike") threatens like any warner (review20)."""
    doc = spacy_nlp(text)
    assert not is_hazard_warning(next(t for t in doc if t.lower_ == "warned"))


def test_the_natural_hazards_have_one_home() -> None:
    """Both rules read the shared list (fixes21); the words only one rule
    needs stay apart: a wave or a crash is no hazard one is warned of, and a
    shortage kills no one by itself."""
    from eventwire.datafiles import natural_hazards
    from eventwire.stages.events.hazard_warnings import words
    from eventwire.stages.events.nonevents import word_classes
    shared = natural_hazards()
    assert {"earthquake", "flood", "cholera"} <= shared
    assert shared <= words()["hazard_nouns"]
    assert shared <= word_classes()["natural_causes"]
    assert not {"wave", "waves", "crash", "tide"} & words()["hazard_nouns"]
    assert not {"shortage", "crisis", "hospital"} & word_classes()["natural_causes"]


@pytest.mark.parametrize("text", [
    "The militia warned of a wave of attacks on government offices.",
    "The cartel warned of a fresh wave of bombings if its leaders were extradited.",
    "The rebels warned of a tide of reprisals against collaborators.",
])
def test_a_wave_of_attacks_stays_a_threat(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert not is_hazard_warning(next(t for t in doc if t.lower_ == "warned"))


@pytest.mark.parametrize("text", [
    "The civil defence agency warned of tornadoes across the plains overnight.",
    "Mountain rescuers warned of avalanches in the northern valleys after the snowfall.",
    "The ministry warned of dengue in the flooded districts.",
])
def test_hazards_of_the_shared_list_are_warned_of(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Words that were only natural causes before (tornado, avalanche,
    dengue) are hazards one is warned of too."""
    doc = spacy_nlp(text)
    assert is_hazard_warning(next(t for t in doc if t.lower_ == "warned"))


@pytest.mark.parametrize("text", [
    "The army warned that hospitals sheltering gunmen would be struck without delay.",
    "The junta warned that the main hospital of the city would be targeted by its aircraft.",
    "Militants warned that the hospitals in the valley will be attacked if they treat soldiers.",
    "The air force warned that field hospitals used as depots could be shelled.",
])
def test_a_passive_harm_done_is_a_threat(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The warned clause's own verb decides: a passive verb of harm done by
    someone makes its subject a target, even a hazard noun (fixes21)."""
    doc = spacy_nlp(text)
    assert not is_hazard_warning(next(t for t in doc if t.lower_ == "warned"))


@pytest.mark.parametrize("text", [
    "Aid groups warned that the district's hospitals were overwhelmed by the wounded.",
    "The agency warned that a typhoon would hit the islands on Sunday.",
    "The ministry warned that the outbreak would be hard to contain.",
    "Aid groups warned that the hospitals would be hit by the floods.",
    "Engineers warned that the field hospitals could be destroyed by the cyclone.",
])
def test_a_hazard_clause_without_harm_done_stays_a_hazard(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert is_hazard_warning(next(t for t in doc if t.lower_ == "warned"))
