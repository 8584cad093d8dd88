"""Class *codes the record format lacks* (eventwire/stages/actors/record_sectors.py).
Every sentence was written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.record_sectors import with_record_sector
from tests.conftest import events_of


def _role(pipe: Pipeline, text: str, trigger: str, role: str) -> ActorMention:
    ev = {e.trigger.text: e for e in events_of(pipe, text)}[trigger]
    found = getattr(ev, role)
    assert found is not None, ev
    return found  # type: ignore[no-any-return]


@pytest.mark.parametrize("text,trigger,role,narrow,broad", [
    ("Soldiers detained the archbishop outside the cathedral.", "detained", "recipient",
     "CHR", "REL"),
    ("Rights groups condemned the raid on Monday.", "condemned", "actor", "HRI", "NGO"),
    ("Police fired tear gas at farmers blocking the highway.", "fired", "recipient",
     "AGR", "CVL"),
    ("The army said it killed six extremists near the border.", "killed", "recipient",
     "RAD", "REB"),
])
def test_codes_the_record_format_lacks_get_its_own(event_pipe: Pipeline, text: str,
                                                   trigger: str, role: str, narrow: str,
                                                   broad: str) -> None:
    """The CAMEO code stays first and the record's sector joins it."""
    m = _role(event_pipe, text, trigger, role)
    assert m.sectors[0] == narrow and broad in m.sectors, m


def test_a_rights_group_keeps_the_story_country(event_pipe: Pipeline) -> None:
    """NGO joins once the story gave its country: it is not taken away."""
    text = ("Kenyan police fired on protesters in Nairobi on Monday. Rights groups "
            "condemned the shooting.")
    m = _role(event_pipe, text, "condemned", "actor")
    assert m.country == "KEN" and "NGO" in m.sectors, m


@pytest.mark.parametrize("sectors", [
    ["GOV", "AGR"],  # an agriculture minister is no farmer
    ["IGO", "AGR"],  # the FAO is no civilian
    ["MED"],
    [],
])
def test_mentions_with_a_record_code_are_left_alone(sectors: list[str]) -> None:
    m = ActorMention(start=0, end=1, text="x", kind="person", sectors=list(sectors),
                     rule="kb")
    assert with_record_sector(m) is m


def test_the_mention_itself_keeps_its_code() -> None:
    m = ActorMention(start=0, end=1, text="x", kind="agent", sectors=["CHR", "CTH"],
                     rule="agent")
    found = with_record_sector(m)
    assert found is not None and found.sectors == ["CHR", "CTH", "REL"]
    assert m.sectors == ["CHR", "CTH"]


def test_a_states_country_code_is_no_sector() -> None:
    """(review34) the knowledge base's code of a state is its country's
    ("SUN": the Soviet Union), not the CAMEO religion code it spells."""
    m = ActorMention(start=0, end=1, text="x", kind="state", sectors=["SUN"], rule="kb")
    assert with_record_sector(m) is m


def test_the_soviet_union_is_not_a_religious_actor(event_pipe: Pipeline) -> None:
    m = _role(event_pipe, "Soviet tanks crossed the border after the Soviet Union invaded "
              "its neighbour in 1979.", "invaded", "actor")
    assert "REL" not in m.sectors, m


def test_the_state_offices_are_one_list() -> None:
    """review73: the protest rule (events.acts) and the people rule
    (actors.scene_victims) read one list of a state's office sectors."""
    from eventwire.stages.actors import record_sectors, scene_victims
    from eventwire.stages.events import acts

    assert acts.STATE_SECTORS is record_sectors.STATE_SECTORS
    assert scene_victims.OFFICE_SECTORS == record_sectors.STATE_SECTORS | {"IGO"}
    assert record_sectors.STATE_SECTORS <= record_sectors.RECORD_SECTORS
