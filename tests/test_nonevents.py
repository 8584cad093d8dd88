"""Classes of words that are not events (eventwire/stages/events/nonevents.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import EventMention
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    return events_of(pipe, text)


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("Aid workers reached the northern valley on Friday.", "Aid"),
    ("Riot police stood outside the stadium.", "Riot"),
    ("The Moscow-backed separatists control two provinces.", "backed"),
    ("Leaders of the ruling party met in the capital.", "ruling"),
    ("Protest organisers said the march would go ahead.", "Protest"),
])
def test_event_words_inside_noun_phrases(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Residents heard an explosion near the market.", "explosion"),
    ("Villagers watched the convoy pass.", "watched"),
    ("A stadium filled with displaced families stands at the edge of town.", "filled"),
    ("Hundreds of families are sheltering in schools.", "sheltering"),
    ("Four fishermen died when their boat sank.", "died"),
])
def test_perception_and_state_verbs(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(pipe, text)


@pytest.mark.parametrize("text,act,result", [
    ("Gunmen stormed the hotel, killing nine guests.", "stormed", "killing"),
    ("The militia shelled the suburb overnight, leaving 30 people dead.", "shelled", "leaving"),
    ("Jets struck the power plant, forcing the city to ration electricity.", "struck",
     "forcing"),
])
def test_resultative_participles(pipe: Pipeline, text: str, act: str, result: str) -> None:
    found = triggers(pipe, text)
    assert act in found and result not in found, found


@pytest.mark.parametrize("text", [
    "Three guards were injured in the blast.",
    "Two journalists were wounded during the clashes.",
    "Nobody was hurt, the police said.",
])
def test_agentless_injuries_are_results(pipe: Pipeline, text: str) -> None:
    assert not {"injured", "wounded", "hurt"} & triggers(pipe, text)


@pytest.mark.parametrize("text", [
    "The earthquake killed 20 people in the mountain villages.",
    "Floods displaced thousands of families along the river.",
    "A landslide destroyed forty homes overnight.",
    "The cholera outbreak has killed 12 children this month.",
    "Thirty villagers were killed in the earthquake on Sunday.",
    "Two fishermen were killed by the storm off the coast.",
    "Eleven passengers were killed in the crash of a minibus.",
    # the cause in an as-/when-clause (branch events28)
    "Some 900 people have been killed in the valley as dengue fever spread.",
    "Hundreds of huts were destroyed when the cyclone reached the islands.",
    "Six climbers were killed after an avalanche swept the pass.",
])
def test_no_political_actor_no_event(pipe: Pipeline, text: str) -> None:
    # a deliberate killing with an as-clause stays: see test_clause_cause_of_violence
    assert not [e for e in events(pipe, text) if e.type in ("ASSAULT", "COERCE")], \
        [(e.type, e.trigger.text) for e in events(pipe, text)]


def test_clause_cause_of_violence(pipe: Pipeline) -> None:
    found = [e.type for e in events(pipe, "Nine villagers were killed when militants stormed "
                                          "the market on Friday.")]
    assert "ASSAULT" in found


@pytest.mark.parametrize("text", [
    "We hit a home run with the spring collection, the retailer's chief said.",
    "Our economy is hurting because of high interest rates.",
    "The founder talked about the new laptop for an hour.",
    "Shares hit a record after the earnings report.",
])
def test_figures_of_speech_in_business_news(pipe: Pipeline, text: str) -> None:
    assert not events(pipe, text), [(e.type, e.trigger.text) for e in events(pipe, text)]


@pytest.mark.parametrize("text,word", [
    ("Norway stepped up its mediation efforts between the parties.", "mediation"),
    ("The army began a withdrawal operation in the south.", "withdrawal"),
    ("Donors began a relief operation in the delta.", "relief"),
])
def test_an_event_noun_before_a_light_noun_is_the_act(event_rules_pipe: Pipeline, text: str,
                                                       word: str) -> None:
    """The rule class itself (the learned filter may still drop a candidate:
    it drops "a relief operation" whose donors aid nobody named)."""
    assert word in triggers(event_rules_pipe, text)


def test_real_events_stay(pipe: Pipeline) -> None:
    """The classes do not remove the acts beside them."""
    evs = events(pipe, "Police arrested the leaders of the protest after the rally.")
    assert "arrested" in {e.trigger.text for e in evs}
    assert "hunger" in {e.trigger.text.split()[0] for e in events(
        pipe, "Prisoners began a hunger strike on Monday.")}


@pytest.mark.parametrize("text,word", [
    ("The driver was charged with two counts of robbery and one count of arson.", "arson"),
    ("The former coach was tried for assault in 2019 and acquitted.", "assault"),
    ("The teacher, on trial for kidnapping, denied everything.", "kidnapping"),
    ("The guard had prior convictions for robbery and assault.", "assault"),
    ("She testified against him at his rape trial in May.", "rape"),
    ("The mayor's nephew faces murder and kidnapping charges.", "kidnapping"),
])
def test_a_crime_named_only_as_a_charge_is_no_event(event_rules_pipe: Pipeline, text: str,
                                                    word: str) -> None:
    """docs/annotation.md "Vigils and charges": the count, the trial or the
    record names the charge, not the act (rules alone, filter off)."""
    assert word not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The kidnapping of the aid worker shocked the town.", "kidnapping"),
    ("Witnesses described the assault on the convoy in detail.", "assault"),
    ("Gunmen carried out the kidnapping of three engineers near the dam.", "kidnapping"),
])
def test_the_crime_itself_stays_an_event(event_rules_pipe: Pipeline, text: str,
                                         word: str) -> None:
    """With its determiner the noun names the act (the class leaves it)."""
    assert word in triggers(event_rules_pipe, text)


def test_an_alleged_crime_is_no_charge(event_rules_pipe: Pipeline) -> None:
    """"allegations of torture": the acts alleged are labelled (rec_g)."""
    assert "torture" in triggers(event_rules_pipe,
                                 "The allegations of torture by the guards were denied.")


@pytest.mark.parametrize("text,word", [
    ("The jailed smuggler hanged himself in his cell on Sunday.", "hanged"),
    ("The former minister shot himself at his farm, police said.", "shot"),
    ("A detained activist killed herself hours after her arrest.", "killed"),
])
def test_force_on_oneself_is_no_event(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    """A suicide has no other party (the records never label one)."""
    assert word not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The gunman shot his wife and then himself.", "shot"),
    ("The gunman killed two guards before he shot himself.", "killed"),
    ("Soldiers hanged two prisoners in the square.", "hanged"),
])
def test_force_on_others_stays(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The governor returned to the capital for a press briefing on Monday.", "returned"),
    ("Minutes after the argument the clerk returned with a shotgun and opened fire.",
     "returned"),
    ("The jury returned a verdict of not guilty after two days.", "returned"),
    ("The ministers returned from their summer holidays early.", "returned"),
])
def test_coming_back_is_no_retreat(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    """A person coming back, or a verdict returned, is no RETREAT (events15)."""
    assert word not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Kyiv returned 120 prisoners of war to Russia on Friday.", "returned"),
    ("The soldiers are returning to their barracks, the army said.", "returning"),
    ("Forty hostages were returned to their families.", "returned"),
])
def test_handing_back_and_forces_withdrawing_stay(event_rules_pipe: Pipeline, text: str,
                                                  word: str) -> None:
    kinds = {e.trigger.text: e.type for e in events(event_rules_pipe, text)}
    assert kinds.get(word) == "RETREAT"


@pytest.mark.parametrize("text,word", [
    ("The inspector said he asked how the fire had started.", "asked"),
    ("Reporters asked whether the minister would resign.", "asked"),
    ('"Who ordered the raid?" asked the opposition leader.', "asked"),
    ("When asked about the border incident, the spokesman declined to comment.", "asked"),
])
def test_a_question_is_no_request(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    """Asking a question is speech, no REQUEST (events15)."""
    assert word not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text", [
    "The government asked Norway to mediate between the parties.",
    "The Red Cross asked for funds to treat the wounded.",
    "The rebels asked the court whether they could appeal, and asked the UN to intervene.",
])
def test_a_request_stays(event_rules_pipe: Pipeline, text: str) -> None:
    assert any(e.type == "REQUEST" for e in events(event_rules_pipe, text))


@pytest.mark.parametrize("text", [
    "The defence lawyer insisted that his client had no role in the riot.",
    "Her family insists the two men are not in state custody.",
    "The source insisted on remaining anonymous until the trial ended.",
])
def test_insisting_on_a_claim_is_no_request(event_rules_pipe: Pipeline, text: str) -> None:
    assert "insisted" not in triggers(event_rules_pipe, text) and \
        "insists" not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text", [
    "However, Ankara insisted on further guarantees from its allies.",
    "The opposition insisted that the minister resign.",
    "Brussels insisted that Minsk must release the detained journalists.",
])
def test_insisting_on_a_demand_stays_a_request(event_rules_pipe: Pipeline, text: str) -> None:
    assert any(e.type == "REQUEST" for e in events(event_rules_pipe, text))


@pytest.mark.parametrize("text,word", [
    ("Police offered a reward for information leading to the arrest of the arsonist.", "arrest"),
    ("A $10,000 reward is available for tips leading to the capture of the gunman.", "capture"),
    ("The FBI seeks information leading to an arrest and conviction in the bombing.", "arrest"),
    ("The former minister suffered a heart attack in his cell.", "attack"),
    ("She had a panic attack before the hearing.", "attack"),
])
def test_sought_arrests_and_illnesses_are_no_events(event_rules_pipe: Pipeline, text: str,
                                                    word: str) -> None:
    assert word not in triggers(event_rules_pipe, text)


def test_an_arrest_that_happened_stays(event_rules_pipe: Pipeline) -> None:
    assert "arrest" in triggers(event_rules_pipe,
                                "The raid led to the arrest of two smugglers on Friday.")


@pytest.mark.parametrize("text,word", [
    ("The commandos professionally executed a boarding-and-search action.", "executed"),
    ("The unit executed the operation in under an hour.", "executed"),
    ("The crew executed a difficult manoeuvre near the reef.", "executed"),
])
def test_executing_an_action_is_no_killing(event_rules_pipe: Pipeline, text: str,
                                           word: str) -> None:
    """"executed" with an action as object is carrying it out (events15)."""
    assert (word, "ASSAULT") not in {(e.trigger.text, e.type)
                                     for e in events(event_rules_pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The warehouse clerk was suspended from his job after the argument.", "suspended"),
    ("Minutes after she was suspended, the worker returned with a rifle.", "suspended"),
    ("A nurse who had been suspended for missing shifts sued the clinic.", "suspended"),
])
def test_a_worker_suspended_is_no_sanction(event_rules_pipe: Pipeline, text: str,
                                           word: str) -> None:
    assert (word, "SANCTION") not in {(e.trigger.text, e.type)
                                      for e in events(event_rules_pipe, text)}


@pytest.mark.parametrize("text", [
    "The court suspended the provincial governor for 90 days.",
    "The president suspended three deputy ministers over the remarks.",
    "The government suspended talks with the rebels.",
])
def test_suspending_an_office_or_an_act_stays(event_rules_pipe: Pipeline, text: str) -> None:
    assert "suspended" in triggers(event_rules_pipe, text)


def test_a_named_worker_suspended_from_the_job(event_rules_pipe: Pipeline) -> None:
    text = "Police said Dana Wilkes was suspended from her job at the bakery on Friday."
    assert ("suspended", "SANCTION") not in {(e.trigger.text, e.type)
                                             for e in events(event_rules_pipe, text)}


def test_a_state_suspended_from_a_bloc_stays(event_rules_pipe: Pipeline) -> None:
    text = "The African Union suspended Gabon from all of the bloc's activities."
    assert "suspended" in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text", [
    "The driver's record lists theft, resisting arrest and two counts of fraud.",
    "Court papers show prior convictions for burglary, evading arrest and assault.",
    "He was charged with resisting arrest and public drunkenness.",
])
def test_resisting_arrest_as_an_offence_is_no_arrest(event_rules_pipe: Pipeline,
                                                      text: str) -> None:
    """nonevents.is_offence_name: the offence in a record or a charge (real67)."""
    assert "arrest" not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text", [
    "The man was resisting arrest when the officer fired his taser.",
    "The suspect resisted arrest and bit a deputy on the arm.",
    "After resisting arrest for several minutes, the driver was handcuffed.",
])
def test_resisting_an_arrest_told_as_an_act_stays(event_rules_pipe: Pipeline,
                                                  text: str) -> None:
    assert "arrest" in triggers(event_rules_pipe, text)
