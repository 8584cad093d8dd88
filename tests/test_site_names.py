"""A place name that only names a route or site is no recipient
(eventwire/stages/events/site_names.py, branch recip44, issue #12). Every
sentence was written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger,name", [
    # a hyphenated route between two towns
    ("Hundreds of supporters blocked the Osh-Bishkek highway on Thursday.", "blocked",
     "Bishkek"),
    ("Farmers blocked the Pune-Bengaluru highway near the toll plaza.", "blocked",
     "Bengaluru"),
    # a town's ring road, a province's border crossing
    ("Taxi drivers blocked the Kabul ring road for six hours on Monday.", "blocked", "Kabul"),
    ("Cambodia sent troops to the Preah Vihear border after the clashes.", "sent", "Vihear"),
    # the end of a route, and a town NER takes for a nationality
    ("Protesters blocked the main road to Kandahar for six hours.", "blocked", "Kandahar"),
    ("Angry residents set up barricades on the Mombasa highway after the shooting.", "set",
     "Mombasa"),
])
def test_a_place_name_on_a_route_or_site_is_no_recipient(pipe: Pipeline, text: str,
                                                         trigger: str, name: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is None or name not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,name", [
    # a country's own name on a border is the neighbour the border faces
    ("Mexico closed the Guatemala border to migrants on Tuesday.", "closed", "Guatemala"),
    # an institution's building names the institution (no place name)
    ("Militants attacked a police station in the north of the province.", "attacked",
     "police"),
    ("Rebels overran an army base near the capital.", "overran", "army"),
    # a demonym on a site names whose site it is
    ("Militants attacked Afghan military facilities near the border.", "attacked", "Afghan"),
])
def test_parties_named_on_a_site_stay(pipe: Pipeline, text: str, trigger: str,
                                      name: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and name in ev.recipient.text, ev.recipient


# review92: a route's end the parser hangs on the verb whose object is the road
@pytest.mark.parametrize("text,trigger,name", [
    ("Villagers blocked the road to Kisumu on Tuesday to protest against police killings.",
     "blocked", "Kisumu"),
    ("Farmers blocked the highway to Warsaw on Monday.", "blocked", "Warsaw"),
    ("Truckers blocked the motorway to Lviv for six hours.", "blocked", "Lviv"),
])
def test_a_route_end_on_the_verb_is_no_recipient(pipe: Pipeline, text: str, trigger: str,
                                                 name: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is None or name not in ev.recipient.text, ev.recipient


# review92: a district attacked stands for its people (the guide's "shelled Gaza")
@pytest.mark.parametrize("text,trigger,name", [
    ("Russian troops attacked Kharkiv district on Friday, officials said.", "attacked",
     "Kharkiv"),
    ("Israeli jets bombed Khan Younis district on Tuesday.", "bombed", "Khan Younis"),
    ("Drones struck Kursk district overnight, officials said.", "struck", "Kursk"),
])
def test_a_district_attacked_is_its_people(pipe: Pipeline, text: str, trigger: str,
                                           name: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and name in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,name", [
    ("Tens of thousands marched through Novi Sad on Sunday, and students blocked the Liberty "
     "Bridge for 16 minutes of silence.", "blocked", "Bridge"),
    ("Police fired tear gas to disperse about 300 supporters who had blocked the "
     "Linden-Soesdyke Highway with burning tyres.", "blocked", "Highway"),
    ("Police lathi-charged supporters who tried to block National Highway 110 at Kurseong on "
     "Friday.", "block", "Highway"),
])
def test_a_route_or_site_named_as_such_is_no_recipient(pipe: Pipeline, text: str,
                                                       trigger: str, name: str) -> None:
    """Class *a route or site named as such* (recip57, ``site_names.named_site``)."""
    ev = event(pipe, text, trigger)
    assert ev.recipient is None or name not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,name", [
    ("Soldiers attacked the border post overnight.", "attacked", "border post"),
    ("Protesters blocked the entrance to the Central Bank on Monday.", "blocked", "Central Bank"),
])
def test_a_lower_case_site_or_a_body_stays(pipe: Pipeline, text: str, trigger: str,
                                           name: str) -> None:
    ev = event(pipe, text, trigger)
    assert ev.recipient is not None and name in ev.recipient.text, ev.recipient
