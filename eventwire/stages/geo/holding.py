"""Class *a division that holds the article's other places, read as a
namesake abroad* (issue 13, branch geo37).

Names of first-level divisions recur across countries ("North-West" in
Cameroon and South Africa, "Punjab" in India and Pakistan, "Queensland" an
Australian state and a Canadian village, "Beni" a Bolivian department and a
Congolese city), and the ranker's population features often outweigh the
article's focus: "clashes in Kumbo and Ndop in the North-West region" went
to South Africa's province, "floods cut roads across Queensland between
Townsville and Cairns" in a story that opened in Canada to the village.

Spatial minimality at the division level: when a mention's pick holds none
of the article's other places and lies in another country than one of its
first-level division candidates that holds at least one of them (the town
picks of other names lie in it), that division is meant. Left alone: a
pick in the division's own country ("Baghdad" the city beside Baghdad
province's towns stays the city), a country pick (a country's name is
rarely a division's), a mention whose hierarchy or level the text states.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from eventwire.stages.geo.build import key
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

PICKS = ("admin1", "admin2", "city")


def holding_divisions(mentions: Sequence[Mention], picks: Sequence[Place | None],
                      fixed: Sequence[bool]) -> dict[int, Place]:
    """Mention -> the division candidate that holds the article's other
    places, for picks abroad of it that hold none (module docstring)."""
    out: dict[int, Place] = {}
    keys = [key(m.text) for m in mentions]
    # the divisions the town and county picks lie in, counted once over the
    # article and per name (a name's own picks are taken off for it: one
    # pass, not one per mention, for a long article's hundreds of names)
    total: Counter[int | None] = Counter()
    by_name: dict[str, Counter[int | None]] = {}
    for k, q in zip(keys, picks, strict=True):
        if q is not None and q.feature in ("city", "admin2"):
            total[q.admin1_id] += 1
            by_name.setdefault(k, Counter())[q.admin1_id] += 1
    for i, m in enumerate(mentions):
        pick = picks[i]
        if fixed[i] or pick is None or pick.feature not in PICKS:
            continue
        held = total - by_name.get(keys[i], Counter())  # the other names' picks
        own = pick.geonameid if pick.feature == "admin1" else pick.admin1_id
        if own is not None and held[own]:
            continue
        fit = [c for c in m.candidates if c.feature == "admin1" and c.country != pick.country
               and held[c.geonameid]]
        if fit:
            out[i] = max(fit, key=lambda c: (held[c.geonameid], c.population))
    return out
