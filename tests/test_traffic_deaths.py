"""A traffic collision told as a killing or a blow
(eventwire/stages/events/traffic_deaths.py, issue #12, branch false50).
Every sentence here was written for these tests; each dropped one gave an
ASSAULT with the rule disabled (checked when written)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger, event_covering


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,word", [
    ("Police say the hit-and-run driver who killed a cyclist on Elm Street was caught "
     "last night.", "killed"),
    ("The hit and run that killed the student last week has angered the town.", "killed"),
    ("A motorist killed two pedestrians on the ring road late on Saturday, police said.",
     "killed"),
    ("Investigators said the motorist injured two children when his van mounted the "
     "pavement.", "injured"),
])
def test_a_road_doer_killing_is_an_accident(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Officers said Moreno struck the boy as he crossed the avenue, in a hit-and-run "
     "that shocked the town.", "struck"),
    ("The hit-and-run suspect was arrested at his home. Detectives said he struck a "
     "teenager on a bicycle and sped away.", "struck"),
    ("A man was charged with DWI on Sunday. Police say he struck a jogger on the bridge "
     "before dawn.", "struck"),
])
def test_a_blow_in_a_hit_and_run_story_is_the_collision(pipe: Pipeline, text: str,
                                                       word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word,kind", [
    ("Police officers shot and killed a driver who tried to run over a checkpoint guard.",
     "shot", "ASSAULT"),
    ("Gunmen killed a bus driver on the highway, police said.", "killed", "ASSAULT"),
    ("The driver who rammed his truck into the market killed eight people, police said.",
     "killed", "ASSAULT"),
    ("In the hit-and-run case, the suspect struck the arresting officer with a metal bar.",
     "struck", "ASSAULT"),
    ("A police car struck and killed a protester during the march, witnesses said.",
     "struck", "ASSAULT"),
    ("A court sentenced the opposition leader to ten years in prison for inciting the "
     "riots.", "sentenced", "SANCTION"),
    ("The hit-and-run driver was charged with manslaughter on Monday.", "charged", "ACCUSE"),
    ("After the hit-and-run, the mayor condemned the driver and the state bus company.",
     "condemned", "ACCUSE"),
])
def test_deliberate_acts_and_the_case_stay(pipe: Pipeline, text: str, word: str,
                                          kind: str) -> None:
    assert by_trigger(pipe, text)[word].type == kind


# review92: a blow told as a confrontation in a crash story is no collision:
# on a member of a force (the arrest scene) or during a fight
@pytest.mark.parametrize("text,word", [
    ("The drunk driver was arrested after a chase on Monday. Police said he hit an officer "
     "who tried to handcuff him.", "hit"),
    ("In a hit-and-run story that shocked the town, police said on Monday that she struck "
     "her neighbour during an argument.", "struck"),
    ("After the DUI crash, deputies said he struck a trooper who tried to restrain him.",
     "struck"),
    ("Investigators in the hit-and-run case said he hit his brother during a fight on "
     "Sunday.", "hit"),
])
def test_a_confrontation_in_a_crash_story_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "ASSAULT"


# false52: the collision told as an agentless harm, as the harm's when-clause,
# by the words "hit and run" or by a car's make (token level: the rule's own
# reading; sentences written here)

def _fires(nlp, text: str, form: str, nth: int = 0) -> bool:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.traffic_deaths import is_traffic_death
    return is_traffic_death([t for t in nlp(text) if t.text == form][nth])


@pytest.mark.parametrize("text,form", [
    ("Cyclist Killed In Hit - And - Run Near Park, Van Driver Charged", "Killed"),
    ("Man charged after grandmother killed in crash near school", "killed"),
    ("A teenager was badly injured during a collision on the bypass, police said.", "injured"),
    ("Police said the boy was killed on Friday when he was struck by a delivery van.",
     "killed"),
    ("Arrest made in fatal hit and run near the stadium", "hit"),
    ("Witnesses said the girl was hit by a blue Nissan Altima outside the bakery. The "
     "hit-and-run driver fled.", "hit"),
])
def test_a_collision_told_without_a_doer(spacy_nlp, text: str, form: str) -> None:  # type: ignore[no-untyped-def]
    assert _fires(spacy_nlp, text, form)


@pytest.mark.parametrize("text,form", [
    ("Three soldiers were killed in an ambush near the border on Tuesday.", "killed"),
    ("Two protesters were killed in clashes with police on Friday.", "killed"),
    ("The boy was hit by a rubber bullet fired by riot police.", "hit"),
    ("Gunmen killed the driver in a roadside attack.", "killed"),
    ("Eight people were killed when a truck was deliberately driven into the crowd at the "
     "market.", "killed"),
    ("The officer hit the suspect with a baton during the arrest after the hit-and-run.",
     "hit"),
])
def test_violence_told_the_same_way_stays(spacy_nlp, text: str, form: str) -> None:  # type: ignore[no-untyped-def]
    assert not _fires(spacy_nlp, text, form)


@pytest.mark.parametrize("text,word", [
    ("A drunk driver has been charged. The teenager was struck outside her home on "
     "Elm Street.", "struck outside"),
    ("Police are looking for the hit-run driver. The boy was hit while riding his bike "
     "home from school.", "hit while"),
    ("Man struck, killed on the ring road. He was struck and killed by a pickup on "
     "Friday, police said.", "struck,"),
])
def test_a_blow_with_no_doer_in_a_road_story(pipe: Pipeline, text: str, word: str) -> None:
    assert event_covering(pipe, text, word) is None


@pytest.mark.parametrize("text,word", [
    ("Two men were arrested after the shooting. One victim was struck in the back.",
     "struck"),
    ("A driver rammed his car into the crowd. Several people were struck near the "
     "market.", "struck"),
])
def test_a_blow_with_no_doer_elsewhere_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "ASSAULT"


# real65: the headline of a full article; the body changes how the parser
# reads it (the place taken as the in-phrase's object, "Hit - And - Run" cut
# off as a clause, the patient read as the subject of a past tense). Each
# headline below, with its body, gave an ASSAULT before real65.
_VAN_BODY = ("\nA 40 - year - old man died after a van struck him on Fordham Road late on "
             "Saturday, police said. The driver was arrested hours later in Yonkers.")
_CAR_BODY = ("\nAn 81 - year - old cyclist died on Tuesday evening after a car struck him and "
             "drove off, officers said. Detectives are looking for a grey hatchback.")
_JUNCTION_BODY = ("\nA woman in her thirties was treated for leg injuries after two cars "
                  "collided at a junction on Thursday morning, gardai said.")


@pytest.mark.parametrize("text,word", [
    ("Teen Killed in Newark Hit - Run, Motorist Charged" + _VAN_BODY, "Killed"),
    ("Jogger Killed In Bronx Hit - Run, Cabbie Arrested" + _CAR_BODY, "Killed"),
    ("Woman Killed In Jersey City Hit - And - Run, Driver Held" + _JUNCTION_BODY, "Killed"),
    ("Nurse Killed In Brooklyn Hit - And - Run, Driver Charged" + _VAN_BODY, "Killed"),
    ("Man Killed In Bronx Hit - And - Run Accident, Driver Arrested" + _CAR_BODY,
     "Killed"),
    ("Officials: Brooklyn Pensioner Killed In Hit - And - Run" + _VAN_BODY, "Killed"),
])
def test_a_collision_headline_in_a_full_article(pipe: Pipeline, text: str,
                                                word: str) -> None:
    assert event_covering(pipe, text, word) is None


@pytest.mark.parametrize("text,word", [
    ("Soldier Killed In Kabul Bomb Attack\nA soldier died on Sunday when a roadside bomb "
     "exploded beside his patrol in the west of the city, officials said.", "Killed"),
    ("Woman Killed In Queens Shooting, Suspect Held\nA 30 - year - old woman was shot dead "
     "outside her home late on Friday, police said. A suspect was arrested on Saturday.",
     "Killed"),
    ("Gunmen Killed Three In Lagos Raid\nArmed men attacked a market in Lagos on Sunday and "
     "shot three traders, police said.", "Killed"),
])
def test_violence_in_a_place_named_headline_stays(pipe: Pipeline, text: str,
                                                  word: str) -> None:
    assert event_covering(pipe, text, word) is not None
