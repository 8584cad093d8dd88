"""Class *members and units of a state force named bare* (recip61,
``curated.yaml`` agents): "a patrol", "guards", "security agents" and
"sailors" were no agent nouns of the dictionaries, so the resolver gave them
a sector of its own (GOV, CVL). The guide's gold codes guards and agents
mostly COP (border and prison guards; agents SPY when a secret service),
patrols MIL or COP by the force and sailors MIL; the noun cannot tell which,
so both sectors, the likelier first. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline, extract
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def _sectors(pipe: Pipeline, text: str, trigger: str, role: str) -> list[str]:
    """The sectors of the actor or recipient of the event on ``trigger``."""
    for event in extract(text, published="2025-03-10", pipeline=pipe):
        if event.mention.trigger.text == trigger:
            who = getattr(event.mention, role)
            if who is not None:
                return list(who.sectors)
    raise AssertionError(f"no event with a {role} on {trigger!r}")


@pytest.mark.parametrize("text,trigger,role,sectors", [
    ("The patrol detained three fishermen off the coast of Sulawesi.", "detained",
     "actor", ["MIL", "COP"]),
    ("Protesters threw stones at the patrol in the capital.", "threw",
     "recipient", ["MIL", "COP"]),
    ("Prison guards beat an inmate at the jail in Dushanbe, his lawyer said.", "beat",
     "actor", ["COP", "MIL"]),
    ("Security agents arrested a journalist at his home in Malabo on Tuesday.", "arrested",
     "actor", ["SPY", "COP"]),  # relabel71 (a): security agents SPY
    ("Indonesian sailors fired warning shots at a Vietnamese trawler.", "fired",
     "actor", ["MIL", "CVL"]),
])
def test_a_bare_force_noun_is_police_or_army(pipe: Pipeline, text: str, trigger: str,
                                             role: str, sectors: list[str]) -> None:
    assert _sectors(pipe, text, trigger, role) == sectors


@pytest.mark.parametrize("text,trigger,role,sector", [
    # a longer phrase keeps its own code
    ("A police patrol stopped the convoy outside Juba on Friday.", "stopped", "actor", "COP"),
    ("Chinese coast guards boarded a Philippine supply boat near the shoal.", "boarded",
     "actor", "COP"),
    ("A Belizean army patrol fired on two farmers near the border on Sunday.", "fired",
     "actor", "MIL"),
    # a highway or state patrol is police (recip62)
    ("The California Highway Patrol arrested two men after a chase near Fresno.",
     "arrested", "actor", "COP"),
    ("Protesters threw bottles at the highway patrol outside the capitol in Austin.",
     "threw", "recipient", "COP"),
    ("Minnesota State Patrol troopers detained a driver on Interstate 94 on Monday.",
     "detained", "actor", "COP"),
    ("Gunmen ambushed a highway patrol near Laredo on Tuesday, wounding two officers.",
     "ambushed", "recipient", "COP"),
])
def test_a_named_force_keeps_its_sector(pipe: Pipeline, text: str, trigger: str,
                                        role: str, sector: str) -> None:
    assert _sectors(pipe, text, trigger, role)[0] == sector
