"""The trigger lexicon's reading of ``curated.yaml`` (``lexicon.py``)."""

from __future__ import annotations

from eventwire.datafiles import parsed_file
from eventwire.stages.events import lexicon, nonevents


def test_curated_file_is_parsed_once_for_the_lexicon_and_the_word_classes() -> None:
    assert lexicon.CURATED == nonevents.CURATED
    lex = lexicon.load_lexicon()
    nonevents.word_classes()
    raw = parsed_file(lexicon.CURATED)
    assert lex.not_events == set(raw["not_events"])
    # the shared parse is read, never changed: its lists are still lists of words
    assert all(isinstance(words, list) for words in raw["verbs"].values())
    assert all(w in lex.verbs for words in raw["verbs"].values() for w in words)
    assert parsed_file.cache_info().currsize >= 1
