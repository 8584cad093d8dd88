"""``geo.component.list_groups`` skips the gaps of more than
``MAX_LIST_GAP`` words without reading them (speed20): the groups must be
the ones the full read of every gap gives. Sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire.stages.geo.component import LIST_WORDS, list_groups
from eventwire.stages.geo.recognize import Mention


def _every_gap_read(doc, mentions):  # type: ignore[no-untyped-def]
    """list_groups as it was before speed20: every gap's words are read."""
    groups = list(range(len(mentions)))
    for i in range(1, len(mentions)):
        gap = [t.lower_ for t in doc[mentions[i - 1].end:mentions[i].start]]
        if gap and gap[-1] == "the":
            gap.pop()
        if 0 < len(gap) <= 2 and all(t in LIST_WORDS for t in gap):
            groups[i] = groups[i - 1]
    return groups


def _names(doc, words):  # type: ignore[no-untyped-def]
    out = []
    for t in doc:
        if t.text in words:
            out.append(Mention(t.i, t.i + 1, t.text, "ner", "GPE", []))
    return out


@pytest.mark.parametrize("text,words,want", [
    ("Troops moved from Chad, Niger, and the Sudan into Libya last week.",
     {"Chad", "Niger", "Sudan", "Libya"}, [0, 0, 0, 3]),
    ("Peru or Chile will host it; Brazil and Uruguay said nothing at all about Peru.",
     {"Peru", "Chile", "Brazil", "Uruguay"}, [0, 0, 2, 2, 4]),
    ("Ghana, and the Togo delegation met in Benin.", {"Ghana", "Togo", "Benin"}, [0, 0, 2]),
    ("Kenya.", {"Kenya"}, [0]),
])
def test_list_groups_equal_the_full_read(spacy_nlp, text: str, words: set[str],  # type: ignore[no-untyped-def]
                                         want: list[int]) -> None:
    doc = spacy_nlp(text)
    mentions = _names(doc, words)
    assert list_groups(doc, mentions) == _every_gap_read(doc, mentions) == want


def test_overlapping_mentions_form_no_group(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp("New York and Boston")
    mentions = [Mention(0, 2, "New York", "ner", "GPE", []),
                Mention(1, 2, "York", "ner", "GPE", [])]
    assert list_groups(doc, mentions) == _every_gap_read(doc, mentions) == [0, 1]
