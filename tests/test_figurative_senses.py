"""Force verbs in a sense that is no act on anyone
(eventwire/stages/events/figurative_senses.py, issue #12, branch events30).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,word", [
    ("The waiter caught hepatitis at a wedding in June.", "caught"),
    ("Two nurses contracted the virus while treating patients.", "contracted"),
    ("She caught a cold on the ferry back from the island.", "caught"),
])
def test_an_illness_caught(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The vote count took four days.", "took"),
    ("Repairs to the bridge will take months.", "take"),
    ("The search of the ship took over two hours.", "took"),
])
def test_a_span_of_time_taken(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("I was struck by how quiet the ward was.", "struck"),
    ("It struck me as odd that nobody called.", "struck"),
    ("We were struck when we saw the map.", "struck"),
    ("There is a striking resemblance between the two cases.", "striking"),
])
def test_an_impression(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The port has beefed up inspections of incoming ships.", "beefed"),
    ("The agency stepped up its checks on imported grain.", "stepped"),
    ("The central bank shored up the currency with a rate rise.", "shored"),
    ("The campaign kicks off on Monday in the capital.", "kicks"),
])
def test_a_particle_with_no_force(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Police stepped up patrols in the old town.", "stepped"),
    ("Security was beefed up around the parliament before the vote.", "beefed"),
    ("The army stepped up border security after the ambush.", "stepped"),
])
def test_security_stepped_up_stays_a_mobilization(pipe: Pipeline, text: str, word: str) -> None:
    """typing.yaml's *stepping up security* (types27, MOBILIZE) is no figure:
    the particle sense leaves a security object to the typing tables."""
    found = by_trigger(pipe, text)
    assert word in found and found[word].type == "MOBILIZE", found


@pytest.mark.parametrize("text,word,kind", [
    ("Police caught the smugglers at the border crossing.", "caught", "COERCE"),
    ("A drone struck the base on Tuesday.", "struck", "ASSAULT"),
    ("I was struck in the head by a baton.", "struck", "ASSAULT"),
    ("Rebels took the town after a week of fighting.", "took", None),
    ("Israeli warplanes struck targets in Gaza overnight.", "struck", "ASSAULT"),
])
def test_the_force_senses_stay(pipe: Pipeline, text: str, word: str, kind: str | None) -> None:
    found = by_trigger(pipe, text)
    assert word in found, found
    assert kind is None or found[word].type == kind


@pytest.mark.parametrize("text,word", [
    ("The prisoner committed suicide in his cell on Sunday.", "committed"),
    ("The opposition accused the mayor of committing fraud.", "committing"),
    ("The guards who committed the abuses were never tried.", "committed"),
])
def test_a_deed_committed(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text", [
    "The government committed 2,000 troops to the peacekeeping mission.",
    "Both sides committed themselves to the talks in Geneva.",
])
def test_a_pledge_stays(pipe: Pipeline, text: str) -> None:
    assert by_trigger(pipe, text)["committed"].type == "AGREE"


@pytest.mark.parametrize("text,word", [
    ("The arrests strike a blow against the cartels in the north.", "strike"),
    ("The ruling dealt a blow to the peace talks.", "dealt"),
    ("The new law strikes a heavy blow at the smuggling rings.", "strikes"),
])
def test_a_blow_struck_as_a_figure(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word,kind", [
    ("The guard struck him a blow on the head.", "struck", "ASSAULT"),
    ("The two leaders struck a deal on border trade.", "struck", "AGREE"),
])
def test_a_blow_given_and_a_deal_stay(pipe: Pipeline, text: str, word: str, kind: str) -> None:
    assert by_trigger(pipe, text)[word].type == kind


@pytest.mark.parametrize("text", [
    "The verdict met with applause in the courtroom.",
    "The proposal has been met with scepticism by donors.",
    "The new curfew was met with open derision in the capital.",
])
def test_a_reception(pipe: Pipeline, text: str) -> None:
    assert not [e for e in by_trigger(pipe, text) if e.startswith("met")]


def test_a_meeting_stays(pipe: Pipeline) -> None:
    text = "The foreign minister met with his Iranian counterpart in Oman."
    assert by_trigger(pipe, text)["met"].type == "CONSULT"


@pytest.mark.parametrize("text", [
    "Two shepherds were caught in the crossfire near the border.",
    "The country has been caught up in a civil war since 2011.",
    "A ferry full of tourists was caught in a sudden storm off the cape.",
])
def test_caught_by_a_hazard(pipe: Pipeline, text: str) -> None:
    assert "caught" not in by_trigger(pipe, text)


@pytest.mark.parametrize("text", [
    "He was caught in the act of stealing a car.",
    "The fugitive was caught in Lyon on Friday.",
])
def test_an_arrest_caught_stays(pipe: Pipeline, text: str) -> None:
    assert by_trigger(pipe, text)["caught"].type == "COERCE"


@pytest.mark.parametrize("text", [
    "Poor maintenance was to blame for the blackout.",
    "Investigators believe that metal fatigue was to blame.",
    "Bad weather was partly to blame for the delays, the airline said.",
])
def test_a_cause_to_blame(pipe: Pipeline, text: str) -> None:
    assert "blame" not in by_trigger(pipe, text)


@pytest.mark.parametrize("text", [
    "Police said the rebels were to blame for the attack.",
    "The minister said Moscow was to blame for the unrest.",
])
def test_a_party_to_blame_stays(pipe: Pipeline, text: str) -> None:
    assert by_trigger(pipe, text)["blame"].type == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The ministry recognises that the rules are too strict.",
    "The report recognizes that the clinics are understaffed.",
    "The scale of the crisis must be recognised by donors.",
])
def test_a_fact_recognised(pipe: Pipeline, text: str) -> None:
    assert not [w for w in by_trigger(pipe, text) if w.startswith("recogni")]


@pytest.mark.parametrize("text,word,kind", [
    ("Moscow recognised the breakaway region in 2008.", "recognised", "SUPPORT"),
    ("The opposition will not recognise the result of the vote.", "recognise", "REJECT"),
])
def test_a_state_or_a_vote_recognised_stays(pipe: Pipeline, text: str, word: str,
                                            kind: str) -> None:
    assert by_trigger(pipe, text)[word].type == kind


@pytest.mark.parametrize("text", [
    "The premier expressed shock at the news from the mine.",
    "Italy has expressed interest in the tender for the new bridge.",
    "The mayor expressed shock and grief at the deaths.",
])
def test_a_feeling_expressed(pipe: Pipeline, text: str) -> None:
    assert "expressed" not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,kind", [
    ("China expressed concern over the missile test.", "ACCUSE"),
    ("Lithuania expressed solidarity with Poland.", "SUPPORT"),
])
def test_criticism_and_support_expressed_stay(pipe: Pipeline, text: str, kind: str) -> None:
    assert by_trigger(pipe, text)["expressed"].type == kind


@pytest.mark.parametrize("text", [
    "The new strain poses a threat to farm workers, the ministry said.",
    "Experts say the ash cloud poses a threat to aircraft.",
    "Residents worried about the threat from the floodwaters.",
])
def test_a_danger(pipe: Pipeline, text: str) -> None:
    assert "threat" not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The letters contained threats against the judge.", "threats"),
    ("A bomb threat was received by the bank on Monday.", "threat"),
    ("The rebels issued a threat to attack the capital.", "threat"),
])
def test_a_threat_made_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "THREATEN"


@pytest.mark.parametrize("text,word", [
    ("The journalist received a death threat from the cartel.", "threat"),
    ("The judge received threats from the militia over the verdict.", "threats"),
    ("Several mayors reported threats from the separatists last month.", "threats"),
])
def test_a_threat_from_a_party_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "THREATEN"


@pytest.mark.parametrize("text", [
    "The junta took over last month.",
    "The militia took over this week after the governor fled.",
    "Rebel fighters took over the next day.",
])
def test_a_taking_told_with_its_time_stays(pipe: Pipeline, text: str) -> None:
    assert "took" in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The premier expressed gratitude to Qatar for its mediation.", "expressed"),
    ("The foreign minister expressed thanks to Turkey for hosting the talks.", "expressed"),
    ("The minister expressed appreciation to the Kenyan government for its help.",
     "expressed"),
])
def test_praise_addressed_to_a_party_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)


def test_gratitude_for_a_thing_is_no_event(pipe: Pipeline) -> None:
    assert "expressed" not in by_trigger(pipe, "The family expressed gratitude for the food.")


def test_no_natural_hazard_is_repeated_in_the_word_lists() -> None:
    """The illness and hazard lists are read beside natural_hazards.yaml:
    a word of that file is not listed again here."""
    from eventwire.datafiles import natural_hazards
    from eventwire.stages.events.figurative_senses import words

    lists = words()
    assert not (lists["illness_nouns"] | lists["caught_in_hazards"]) & natural_hazards()


@pytest.mark.parametrize("text", [
    "We were struck twice last night, a villager said.",
    "I was struck again while the crowd ran for the gates.",
    "We were struck three times before dawn, the commander said.",
])
def test_a_first_person_struck_with_no_clause_of_perceiving_stays(pipe: Pipeline,
                                                                  text: str) -> None:
    assert by_trigger(pipe, text)["struck"].type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("The officer struck a blow to the protester's face.", "struck"),
    ("A soldier struck a blow to the boy's head with his rifle butt.", "struck"),
    ("One of the guards struck a heavy blow to his chest.", "struck"),
])
def test_a_blow_to_the_body_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text", [
    "When I looked at the photographs, I was struck.",
    "We were struck as we read the letters from the front.",
    "We were struck when we visited the camp last spring.",
])
def test_a_first_person_struck_while_perceiving(pipe: Pipeline, text: str) -> None:
    assert "struck" not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    # a quote remembered, the speaker after it or before it
    ('"The whole street went dark," the baker recalled.', "recalled"),
    ('Moments after the blast, a man ran past shouting "Get down!", Okafor recalled.',
     "recalled"),
    # a gerund, a that-clause, a talk as what is remembered
    ("Her brother recalled hearing two loud bangs just after midnight.", "recalled"),
    ("The caretaker recalled that the side gate had been left open.", "recalled"),
    ("I don't recall any phone call from the contractor that week.", "recall"),
    # the speaker after the quote, parsed as an object
    ('"She was lying right beside the front wheel," recalled Adaeze Okonjo.', "recalled"),
])
def test_a_memory_told(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Ghana recalled its ambassador from Lome on Tuesday.", "recalled"),
    ("The ministry recalled 20 tonnes of contaminated flour.", "recalled"),
    ("The envoy, recalled last week for consultations, has not returned.", "recalled"),
    ("Both countries recalled their envoys after the border clash.", "recalled"),
    ("Peru rejects the charges of the council and recalls its envoys", "recalls"),
    ("Chile expels four diplomats, recalls ambassador in visa row", "recalls"),
])
def test_an_envoy_or_goods_recalled_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "SANCTION"



@pytest.mark.parametrize("text,word", [
    ("Mug shot of mayor released by county officials", "shot"),
    ("Vaccine shot drive extended for a week", "shot"),
    ("Mug Shot Of Senator Released By Court Officials".lower().capitalize(), "shot"),
])
def test_a_shot_taken_as_injection_or_photo(pipe: Pipeline, text: str, word: str) -> None:
    """Each of these lines gives 'shot' ASSAULT without is_shot_taken."""
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Gunman shot two guards outside the bank", "shot"),
    ("Soldier shot dead at checkpoint", "shot"),
    ("Police said an officer shot the robber in the leg.", "shot"),
])
def test_shots_of_force_stay(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)
