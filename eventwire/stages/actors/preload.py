"""Read the actors stage's small static tables when the component is built,
not on the first article that needs them.

Why (speed45): ten cached readers (YAML word lists, compiled patterns) were
first filled inside an article -- the first one naming a ship, a party, a
company's people -- so their parsing was charged to that article and to
``eventwire bench``'s timed pass instead of to loading, where the KB and
the title words already are. The same ``lru_cache`` functions are called,
only earlier: no value changes. Memos keyed by the corpus's words
(``matcher._ORTH_UNIT``, the KB look-ups) stay per corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.stages.actors.followers import _tables as follower_tables
from eventwire.stages.actors.navies import _prefix_pattern as ship_prefix_pattern
from eventwire.stages.actors.navies import _tables as navy_tables
from eventwire.stages.actors.org_kinds import _tables as org_kind_tables
from eventwire.stages.actors.org_kinds import company_people
from eventwire.stages.actors.owned_bodies import _bodies as owned_bodies
from eventwire.stages.actors.party_offices import _party_talk, _ruling
from eventwire.stages.actors.person_nouns import singular_person_nouns
from eventwire.stages.actors.states import _head_sectors
from eventwire.stages.actors.titles import _titles

# every static reader of the stage; each is an ``lru_cache(maxsize=1)``
# function of no argument (``tests/test_actors_preload.py`` checks it)
READERS: tuple[Callable[[], Any], ...] = (
    follower_tables, navy_tables, ship_prefix_pattern, org_kind_tables, company_people,
    owned_bodies, _party_talk, _ruling, singular_person_nouns, _head_sectors, _titles,
)


def preload() -> int:
    """Fill the stage's static tables (idempotent, free once filled);
    returns how many readers were called."""
    for reader in READERS:
        reader()
    return len(READERS)
