"""The ones a demand would free, remove or punish are no recipient
(eventwire/stages/events/demanded_patients.py, branch recip34). Every
sentence here was written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.demanded_patients import demanded_patient
from tests.conftest import events_of


def _recipient(pipe: Pipeline, text: str, trigger: str) -> ActorMention | None:
    found = {e.trigger.text: e for e in events_of(pipe, text)}
    assert trigger in found, found
    return found[trigger].recipient


@pytest.mark.parametrize("text,trigger", [
    ("The opposition party demanded the release of all jailed activists by Monday.",
     "demanded"),
    ("Farmers' unions demanded the immediate withdrawal of the troops from their villages.",
     "demanded"),
    ("The ministry demanded the return of the seized fishermen.", "demanded"),
    ("Protesters demanded the freeing of three student leaders held since March.", "demanded"),
    ("Prague sought the extradition of two Slovak engineers.", "sought"),
])
def test_the_one_a_demand_would_free_is_no_recipient(event_pipe: Pipeline, text: str,
                                                     trigger: str) -> None:
    """The object of a nominal act of freeing or handing over that a demand
    asks for is its content."""
    assert _recipient(event_pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger", [
    ("The bar association demanded that the prisoners be allowed to see lawyers.",
     "demanded"),
    ("The mayor insisted that the arsonists be brought to justice.", "insisted"),
])
def test_the_passive_subject_of_a_demanded_clause_is_no_recipient(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    """"demanded that X be ..." asks someone else to act on X."""
    assert _recipient(event_pipe, text, trigger) is None


@pytest.mark.parametrize("text,trigger,word", [
    ("Lawyers demanded the resignation of the interior minister.", "demanded", "minister"),
    ("The rights group urged the junta to release the detained reporters.", "urged", "junta"),
    ("Lima demanded that Bolivia return the trucks.", "demanded", "Bolivia"),
    ("The council demanded Iran's release of the tanker.", "demanded", "Iran"),
])
def test_the_one_asked_to_act_stays(event_pipe: Pipeline, text: str, trigger: str,
                                    word: str) -> None:
    """The addressee named as the one to act (or the one who would resign or
    free) stays the recipient."""
    r = _recipient(event_pipe, text, trigger)
    assert r is not None and word in r.text, r


@pytest.mark.parametrize("text,trigger,holder,held", [
    ("The families demanded the return of the children from the militia.", "demanded",
     "militia", "children"),
    ("Manila sought the repatriation of its sailors from Libya.", "sought", "Libya",
     "sailors"),
    ("The bishops called for the freeing of the nuns from their kidnappers.", "called",
     "kidnappers", "nuns"),
])
def test_the_holder_a_freeing_noun_names_with_from_stays(
        event_pipe: Pipeline, text: str, trigger: str, holder: str, held: str) -> None:
    """review75: the "from" phrase of a release, return, repatriation ...
    names the one holding them, who would free them: no content of the
    demand (the one held still is)."""
    doc = event_pipe.nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    assert not demanded_patient(next(t for t in doc if t.text == holder), trig, "REQUEST")
    assert demanded_patient(next(t for t in doc if t.text == held), trig, "REQUEST")


@pytest.mark.parametrize("text,place", [
    ("Activists demanded the release of the students from prison.", "prison"),
    ("Officials demanded the release of the two reporters from custody.", "custody"),
    ("The villagers demanded the withdrawal of the soldiers from the valley.", "valley"),
])
def test_a_site_custody_or_place_left_in_from_is_still_dropped(
        event_pipe: Pipeline, text: str, place: str) -> None:
    """"from prison", "from custody" say where they are held, and a leaving
    noun's "from" the place left: still no recipient."""
    doc = event_pipe.nlp(text)
    trig = next(t for t in doc if t.text == "demanded")
    assert demanded_patient(next(t for t in doc if t.text == place), trig, "REQUEST")


@pytest.mark.parametrize("text,trigger,who,dropped", [
    ("Washington demanded the rebels' return to the negotiating table.", "demanded", "rebels",
     False),
    ("The mediators urged the opposition's return to the talks.", "urged", "opposition", False),
    ("The EU called for Belgrade's return to the dialogue.", "called", "Belgrade", False),
    ("The families demanded the hostages' immediate return.", "demanded", "hostages", True),
])
def test_the_possessor_of_a_return_to_goes_back(event_pipe: Pipeline, text: str, trigger: str,
                                                who: str, dropped: bool) -> None:
    """review75: "X's return to the talks" -- X goes back, the one asked;
    with no "to", "the hostages' return" is still the ones brought back."""
    doc = event_pipe.nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    assert demanded_patient(next(t for t in doc if t.text == who), trig, "REQUEST") is dropped
