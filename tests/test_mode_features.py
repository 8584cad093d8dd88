"""The mode ranker's candidate features (``mode_features.candidate_features``)
as recorded where the mode is decided at run time (``ModeDecider`` with
``record_mode_features``): the rules' final mode and the step that set it,
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.mode_features import NULL
from eventwire.stages.events.mode_model import recorded_mode_features


@pytest.fixture(scope="module")
def recording() -> Pipeline:
    return Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"),
                    component_config={"eventwire_events": {"record_mode_features": True}})


def _doc(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 2))]))
    assert doc is not None
    return doc


@pytest.mark.parametrize("text,word,mode", [
    ("Gunmen opened fire on a bus near the border crossing.", "opened", "firearms"),
    ("Jets bombed a bridge north of the provincial capital.", "bombed", "aerial"),
    ("Police arrested four students outside the library.", "arrested", "arrest"),
])
def test_recorded_features_carry_the_rules_mode(recording: Pipeline, text: str, word: str,
                                                mode: str) -> None:
    doc = _doc(recording, text)
    start = text.index(word)
    found = [(e, rule, cands) for e, rule, cands in recorded_mode_features(doc)
             if e.trigger.start <= start < e.trigger.end]
    assert found, [(e.trigger.text, e.type) for e in doc._.events]
    event, rule, cands = found[0]
    assert rule == event.mode == mode
    assert "rule" in cands[mode] and "rule|cascade" in cands[mode]
    assert "rule" not in cands[NULL]


@pytest.mark.parametrize("text,word,mode", [
    ("Drones struck a fuel depot near the port on Sunday. Residents said the attack "
     "lasted an hour.", "attack", "drone"),
    ("Gunmen shot dead a judge in his car on Monday. The killing shocked the town.",
     "killing", "firearms"),
    ("Warplanes bombed the old bridge at dawn. The strike cut the only road north.",
     "strike", "aerial"),
])
def test_a_re_mention_records_the_inherited_mode(recording: Pipeline, text: str, word: str,
                                                 mode: str) -> None:
    doc = _doc(recording, text)
    start = text.index(word)
    found = [(rule, cands) for e, rule, cands in recorded_mode_features(doc)
             if e.trigger.start <= start < e.trigger.end]
    assert found and found[0][0] == mode, found
    assert "rule|inherit" in found[0][1][mode]


def test_nothing_is_recorded_by_default() -> None:
    pipe = Pipeline(Settings(), components=("eventwire_actors", "eventwire_events"))
    doc = _doc(pipe, "Troops shelled the village with mortars.")
    assert recorded_mode_features(doc) == []


@pytest.mark.parametrize("text", [
    "Rebels shelled the market with mortars, and snipers shot at the fleeing crowd.",
    "Riot police fired rubber bullets at marchers while troops detained two organisers.",
    "The navy seized a tanker off the coast; officials said its crew was arrested later.",
])
def test_sentence_cues_equal_a_fresh_reading(recording: Pipeline, text: str) -> None:
    """speed29: the sentence's cued modes, kept per sentence and type, are
    what reading the sentence's words anew gives, for every word and type,
    asked twice (the second answer comes from the table)."""
    from eventwire.stages.events.mode_cues import cue_words, cued_modes, load_cues
    from eventwire.stages.events.mode_features import sentence_cues
    doc = _doc(recording, text)
    for _ in range(2):
        for tok in doc:
            span = doc[tok.i:tok.i + 1]
            for kind in load_cues():
                fresh = list(cued_modes(kind, cue_words(list(span.sent))))
                assert sentence_cues(kind, span) == fresh


# speed32: a sentence's cue words read on the columns, as the Token walk reads them
CUE_TEXTS = [
    "Riot police fired tear gas as protesters tried to tear down the fence.",
    "The colonel who seized power in March said the strike force would stay.",
    "STUDENTS MARCHED; the anti-riot squad watched, and a power grab was feared.",
    # review52's noun-only cue: its adjective is blanked unless it governs an act noun
    "An offensive cartoon angered clerics, while the army planned offensive operations.",
    "Officials called the remarks offensive before troops began an offensive near Kharkiv.",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_column_cue_words_equal_the_token_walk(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.mode_cues import cue_words
    from eventwire.stages.events.mode_features import column_cue_words

    doc = spacy_nlp(text)
    for sent in doc.sents:
        assert column_cue_words(doc, sent.start, sent.end) == cue_words(list(sent))
    assert column_cue_words(doc, 0, len(doc)) == cue_words(list(doc))
    assert ("", "") in column_cue_words(doc, 0, len(doc))  # a masked phrase's first word
