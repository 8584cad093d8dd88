"""A county lies in the article's state.

County names are reused across states (a Washington County in 30 of them,
a Douglas County in 12), so a county's population says little about which
one an article means, and local news names the counties of its own state.
When the article's other places lie mostly in one state, a county name with
a county in that state is that county ("Lawrence ... Douglas County ...
Topeka": Kansas, not Omaha's Douglas County in Nebraska).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from eventwire.stages.geo.build import key
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

State = tuple[str | None, str | None]


def _state(p: Place) -> State | None:
    if p.feature in ("city", "admin2") and p.admin1:
        return p.country, p.admin1
    return (p.country, p.admin1) if p.feature == "admin1" else None


def article_state(mentions: Sequence[Mention], picks: Sequence[Place | None], skip: int
                  ) -> State | None:
    """The state holding more than half (and at least two) of the article's
    other places (towns, counties, the state itself), not counting mention
    ``skip``'s own name."""
    own = key(mentions[skip].text)
    states = Counter(s for j, p in enumerate(picks) if j != skip and p is not None
                     and key(mentions[j].text) != own and (s := _state(p)) is not None)
    if not states:
        return None
    top, n = states.most_common(1)[0]
    return top if n >= 2 and n * 2 > sum(states.values()) else None


def county_states(mentions: Sequence[Mention], picks: Sequence[Place | None],
                  stated: Sequence[bool]) -> dict[int, Place]:
    """Mention -> its county in the article's state, for names whose every
    candidate is a county (or parish) and whose counties lie in two states
    or more; ``stated``: the text states the mention's hierarchy ("Douglas
    County, Nebraska"), which wins."""
    out: dict[int, Place] = {}
    for i, m in enumerate(mentions):
        cands = m.candidates
        if stated[i] or not cands or any(c.feature != "admin2" for c in cands) or \
                len({(c.country, c.admin1) for c in cands}) < 2:
            continue
        state = article_state(mentions, picks, i)
        fit = [c for c in cands if (c.country, c.admin1) == state]
        if fit and picks[i] not in fit:
            out[i] = max(fit, key=lambda c: c.population)
    return out
