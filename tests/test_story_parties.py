"""The parties outside a story's own world, one function for match reports
and company market wars (``eventwire/stages/events/story_parties.py``)."""

from __future__ import annotations


def test_outside_parties_unites_the_kind_words_with_curated_groups_less_shared() -> None:
    from eventwire.stages.events.story_parties import curated_groups, outside_parties

    groups = curated_groups()
    armed = next(iter(sorted(groups["armed_groups"])))
    security = next(iter(sorted(groups["security_words"])))
    own = {"party_words": frozenset({"referee-board"}), "shared_parties": frozenset({armed})}
    found = outside_parties(own)
    assert "referee-board" in found and security in found and armed not in found


def test_both_story_kinds_read_the_same_curated_parties() -> None:
    from eventwire.stages.events import market_wars, sports
    from eventwire.stages.events.story_parties import curated_groups

    groups = curated_groups()
    curated = groups["armed_groups"] | groups["security_words"]
    for module in (sports, market_wars):
        own = module.words()
        assert module.party_words() == own["party_words"] | (curated - own["shared_parties"])
