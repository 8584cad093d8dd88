"""One loader of detection.yaml's word lists (mends24: ``detection`` and
``physical`` each had a copy of ``words``, ``_lemma`` and ``_in`` over the
same file, the ``duplicates`` tool's one pair in the events stage)."""

from __future__ import annotations

from eventwire.stages.events import detection, detection_words, physical


def test_one_loader_serves_both_modules() -> None:
    assert detection.words is physical.words is detection_words.words
    assert detection._in is physical._in is detection_words.listed


def test_every_list_the_modules_ask_is_loaded() -> None:
    loaded = detection_words.words()
    for key in ("weapon_words", "recovery_verbs", "characterising_verbs", "admitted_people",
                "verdict_words", "throwing_verbs"):
        assert loaded[key], key


def test_listed_reads_the_form_or_the_lemma(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp("Protesters threw stones at the police.")
    threw = next(t for t in doc if t.text == "threw")
    assert detection_words.listed(threw, "throwing_verbs")
    assert not detection_words.listed(doc[0], "throwing_verbs")


def test_lemma_is_the_lower_cased_lemma_kept_per_lemma_id(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """``lemma`` answers ``tok.lemma_.lower()`` for every word, also a
    capitalised one asked again after its memo entry was made (speed38)."""
    doc = spacy_nlp("Rioters Burned cars; POLICE burned tyres. Police said nothing.")
    for _ in range(2):
        for tok in doc:
            assert detection_words.lemma(tok) == tok.lemma_.lower()
    assert detection_words._LOWER_LEMMAS[doc[0].lemma] == doc[0].lemma_.lower()
