"""Class *a militia outside state command* (rules61; docs/annotation.md
relabel61 (f) and the guide's Sectors line "militias outside the state
command or aligned with it … UAF"): a group the text names as a militia,
which neither the guide nor the text calls rebels, is UAF first — the bare
nouns "militia(s)" in ``curated.yaml`` and the named Fano and White Army;
groups the guide or the text calls rebels (the M23, the RSF) stay REB.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline, extract
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def _actor_sector(pipe: Pipeline, text: str, trigger: str) -> str | None:
    """The first sector of the actor of the event on ``trigger``."""
    for event in extract(text, published="2025-03-10", pipeline=pipe):
        if event.mention.trigger.text == trigger and event.mention.actor is not None:
            sectors = event.mention.actor.sectors
            return sectors[0] if sectors else None
    raise AssertionError(f"no event with an actor on {trigger!r}")


@pytest.mark.parametrize("text,trigger", [
    ("A clan militia overran the district office in Jowhar on Tuesday.", "overran"),
    ("Hundreds of militiamen loyal to a local warlord stormed the town hall in Bunia.",
     "stormed"),
    ("Fano militiamen ambushed a police convoy outside Gondar on Sunday.", "ambushed"),
    ("Fighters of the White Army attacked an army garrison near Nasir.", "attacked"),
    ("Ethnic militias torched three villages in the district, witnesses said.", "torched"),
])
def test_a_militia_is_uaf(pipe: Pipeline, text: str, trigger: str) -> None:
    assert _actor_sector(pipe, text, trigger) == "UAF"


@pytest.mark.parametrize("text,trigger", [
    # the guide and the text call them rebels
    ("The M23 rebels took the town of Sake after heavy fighting.", "took"),
    ("The Rapid Support Forces shelled a market in El Fasher on Monday.", "shelled"),
    # a state's army is no militia
    ("Ethiopian troops attacked a rebel camp near Lalibela.", "attacked"),
])
def test_rebels_and_armies_are_not_militias(pipe: Pipeline, text: str, trigger: str) -> None:
    assert _actor_sector(pipe, text, trigger) != "UAF"


@pytest.mark.parametrize("text,trigger", [
    ("The White Army, a youth militia, overran an army base in the north on Friday. "
     "The army retook the base on Sunday.", "retook"),
    ("Fighters of the Arakan Army seized a border post on Monday. The army shelled the "
     "post on Tuesday.", "shelled"),
])
def test_a_bare_army_after_a_group_named_army_is_the_states(pipe: Pipeline, text: str,
                                                             trigger: str) -> None:
    assert _actor_sector(pipe, text, trigger) == "MIL"


@pytest.mark.parametrize("text,trigger", [
    ("Local vigilantes killed two suspected cattle thieves in the village on Sunday.",
     "killed"),
    ("A vigilante group beat a man accused of theft outside the market.", "beat"),
    ("Armed vigilantes attacked a camp of herders near the river, residents said.",
     "attacked"),
])
def test_vigilantes_are_uaf(pipe: Pipeline, text: str, trigger: str) -> None:
    # the guide: "vigilantes ZAF UAF" (rec_n); armed civilians outside state command
    assert _actor_sector(pipe, text, trigger) == "UAF"
