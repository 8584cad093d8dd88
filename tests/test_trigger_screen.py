"""speed32: the trigger scan on screened positions finds what it found on
every trigger position (sentences written for these tests, none from an
evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.lexicon import Lexicon
from eventwire.stages.events.trigger_screen import screen_positions, word_flags
from eventwire.stages.events.triggers import find_candidates, load_lexicon, trigger_positions

TEXTS = [
    # nouns that trigger (lexicon nominals, a two-word nominal, a crime with its victim)
    "The airstrike on the depot followed weeks of joint exercises and the murder of a guard.",
    # a Title Case headline verb and a headline verb parsed as a compound
    "Coast Guard Seizes Fishing Boats Near Reef",
    "Ministry vows response after border shelling",
    # a denial read on an adjective, and the noun it is about
    "The ministry called the accusations baseless. The claims were false, the envoy said.",
    # adjectives and nouns of no event beside word-led classes (evacuations, outbreaks)
    "The quiet harbour town was evacuated when violence erupted near the old stadium.",
    "Gardeners in the sunny valley grow tall tomatoes, green beans and sweet melons.",
    "Investigators found that the broken pipe, not sabotage, flooded the cellar.",
]


def _key(cand: Any) -> tuple[Any, ...]:
    return (cand.token.i, cand.end, cand.type, cand.mode, cand.context, cand.rule,
            cand.nominal)


@pytest.mark.parametrize("text", TEXTS)
def test_screened_positions_give_the_same_candidates(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    lex = load_lexicon()
    doc = spacy_nlp(text)
    full = trigger_positions(doc)
    screened = screen_positions(doc, full, lex)
    assert set(screened) <= set(full)
    for sent in doc.sents:
        old = [_key(c) for c in find_candidates(sent, lex, None, full)]
        assert [_key(c) for c in find_candidates(sent, lex, None, screened)] == old


def test_words_of_no_entry_are_dropped(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(TEXTS[5])
    kept = {doc[i].lower_ for i in screen_positions(doc, trigger_positions(doc), load_lexicon())}
    assert not {"gardeners", "valley", "tomatoes", "beans", "melons", "sunny"} & kept
    assert "grow" in kept  # verbs are always kept


def test_word_flags() -> None:
    lex = Lexicon(verbs={"seize": {}}, patterns={}, nominals={"airstrike": {}},
                  not_events=set(), figurative={}, verb_gate=frozenset({"vow"}),
                  noun_gate=frozenset({"airstrike"}))
    assert word_flags("seizes", "seize", lex)[0]  # a Title Case verb form
    assert word_flags("airstrike", "airstrike", lex)[0]  # the noun gate
    assert word_flags("vows", "vow", lex)[2] and not word_flags("vows", "vow", lex)[0]
    assert word_flags("evacuation", "evacuation", lex)[1]  # a word-led class
    assert word_flags("melons", "melon", lex) == (False, False, False)
