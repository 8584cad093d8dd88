"""Class *codes the record format lacks* (issue #12, recips26).

The knowledge base speaks CAMEO: an archbishop is CHR (Christian), a
Catholic bishop CHR and CTH, rights groups HRI, environmentalists ENV,
farmers and fishermen AGR, "extremists" RAD, the Islamic State IMG. The
event record has its own, shorter sector list (docs/annotation.md: GOV,
MIL, REB, IGO, CVL, OPP, UAF, BUS, COP, LEG, JUD, MED, NGO, EDU, REL, HLH,
REF, LAB, SPY), and codes those people REL, NGO, CVL and REB. A mention
whose sectors hold no record code at all gets the record's sector beside
its CAMEO one (the CAMEO code stays first: it says more). A mention that
already has a record code is left alone: "Agriculture Minister X" (GOV,
AGR) is not a farmer, the FAO (IGO, AGR) not a civilian. A state is left
alone too: the knowledge base's code of a state is its country's, and two
spell a CAMEO religion (SUN the Soviet Union, MUS Mauritius).

It runs on the event's actor and recipient once they are chosen and
given their country (``events.component``), on copies: the mentions keep
their CAMEO codes, and a "rights group" in a country's story keeps the
country the story gave it (a record NGO would get none:
``agents.NO_HOME_SECTORS``).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.models import ActorMention

RECORD_SECTORS = frozenset({"GOV", "MIL", "REB", "IGO", "CVL", "OPP", "UAF", "BUS", "COP",
                            "LEG", "JUD", "MED", "NGO", "EDU", "REL", "HLH", "REF", "LAB",
                            "SPY"})
# the sectors of a state's own offices: government, army, police, courts,
# legislature, intelligence (one list: events.acts, actors.scene_victims)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
# CAMEO code -> the record's sector for it
RECORD_SECTOR_OF = {
    **dict.fromkeys(("CHR", "CTH", "MOS", "MUS", "SUN", "SHI", "JEW", "BUD", "HIN"), "REL"),
    "HRI": "NGO", "ENV": "NGO",
    "AGR": "CVL",
    "RAD": "REB", "IMG": "REB",
}
RECORD_RULE = "+record"


def with_record_sector(m: ActorMention | None) -> ActorMention | None:
    """The event's participant with the record's sector added when it is
    coded only outside it (a copy), else ``m`` itself."""
    if m is None or m.kind == "state" or not m.sectors or RECORD_SECTORS & set(m.sectors):
        return m  # a state's code is its country's: "SUN" the Soviet Union, "MUS" Mauritius
    extra = [RECORD_SECTOR_OF[s] for s in m.sectors if s in RECORD_SECTOR_OF]
    if not extra:
        return m
    return replace(m, sectors=[*m.sectors, *dict.fromkeys(extra)], rule=m.rule + RECORD_RULE)
