"""Block-IDF document similarity of stored articles (the ``bdoc`` feature)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from eventwire.corpus.block import BlockTerms
from eventwire.corpus.crossdoc import block_similarity
from eventwire.corpus.dedup import story_words

TEXTS = {
    "kabul-1": "A drone strike hit a wedding party near Kabul, killing twelve guests.",
    "kabul-2": "Twelve wedding guests died near Kabul when a strike hit the party.",
    "herat": "A strike on a market in Herat killed four traders, police said.",
    "vote": "The senate passed the budget vote after a long debate.",
}


def _terms(seen: list[str]) -> BlockTerms:
    def texts(ids: Sequence[str]) -> dict[str, str]:
        seen.extend(ids)
        return {a: TEXTS[a] for a in ids if a in TEXTS}
    return BlockTerms(texts)


def test_the_words_only_part_of_the_block_shares_weigh_most() -> None:
    sims = _terms([]).similarities("kabul-1", ["kabul-2", "herat", "vote"])
    assert sims["kabul-1"] == pytest.approx(1.0)
    assert sims["kabul-2"] > sims["herat"] > sims["vote"] == 0.0


def test_a_block_of_two_still_sees_a_shared_word() -> None:
    sims = _terms([]).similarities("kabul-1", ["kabul-2"])
    assert 0.3 < sims["kabul-2"] < 1.0


def test_same_values_as_the_training_feature_and_whatever_the_cache() -> None:
    ids = sorted(TEXTS)
    expected = block_similarity([story_words(TEXTS[a]) for a in ids])
    warm = _terms([])
    warm.similarities("vote", ["herat"])  # a cache filled in another order
    for terms in (_terms([]), warm):
        sims = terms.similarities("herat", ids)
        assert [sims[a] for a in ids] == pytest.approx(list(expected[ids.index("herat")]))


def test_texts_are_read_once_per_article_until_cleared() -> None:
    seen: list[str] = []
    terms = _terms(seen)
    terms.similarities("kabul-1", ["herat"])
    terms.similarities("kabul-1", ["herat", "vote"])
    assert sorted(seen) == ["herat", "kabul-1", "vote"]
    terms.clear()
    terms.similarities("herat", [])
    assert seen[-1] == "herat"
    assert _terms([]).similarities("missing", ["vote"]) == {"missing": 0.0, "vote": 0.0}
