"""``nlp/sentences.sent_of`` gives the sentence spaCy's ``Token.sent`` and
``Span.sent`` give (speed33). Texts written for these tests."""

from __future__ import annotations

import pytest

TEXTS = [
    "Troops entered the town at dawn. Residents fled north.\n\nThe mayor said nothing.",
    "RIOT IN PORT CITY\nPolice fired tear gas on Friday, witnesses said. Two men were held.",
    "“We will not leave,” the farmers said. “Never.” The ministry did not reply.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_tokens_sentence_is_spacys(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.sentences import sent_of

    doc = spacy_nlp(text)
    for tok in doc:
        got, want = sent_of(tok), tok.sent
        assert (got.start, got.end) == (want.start, want.end)


@pytest.mark.parametrize("text", TEXTS)
def test_a_spans_sentence_is_its_first_words_as_spacy_gives_it(spacy_nlp, text: str
                                                                ) -> None:  # type: ignore[no-untyped-def]
    """Also a span across a sentence boundary: spaCy gives the sentence of
    its first word."""
    from eventwire.nlp.sentences import sent_of

    doc = spacy_nlp(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 12) + 1):
            span = doc[start:end]
            got, want = sent_of(span), span.sent
            assert (got.start, got.end) == (want.start, want.end)


def test_a_doc_without_boundaries_is_asked_through_spacy(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """No parse, no sentencizer: spaCy raises as it did, and the table is
    read anew once the doc's token count changes."""
    from eventwire.nlp.sentences import sent_of, sentence_starts

    doc = spacy_nlp.make_doc("Shops closed early. Buses stopped.")
    assert sentence_starts(doc) is None
    with pytest.raises(ValueError):
        sent_of(doc[0])
    parsed = spacy_nlp("Shops closed early. Buses stopped.")
    assert sentence_starts(parsed) == [0, 4]
    assert (sent_of(parsed[5]).start, sent_of(parsed[5]).end) == (4, 7)


@pytest.mark.parametrize("text", TEXTS)
def test_the_sentences_characters_are_spacys(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """``sentence_chars`` answers ``(s.start_char, s.end_char)`` of
    ``doc.sents``: a sentence's end is its last word's end, before the
    space or the line break that follows it (speed38)."""
    from eventwire.nlp.sentences import sentence_chars

    doc = spacy_nlp(text)
    want = [(s.start_char, s.end_char) for s in doc.sents]
    assert sentence_chars(doc) == want
    assert len(want) > 1


def test_sentence_chars_of_a_doc_without_boundaries_raises(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.sentences import sentence_chars

    with pytest.raises(ValueError):
        sentence_chars(spacy_nlp.make_doc("Shops closed early. Buses stopped."))


@pytest.mark.parametrize("text", TEXTS)
def test_a_sentence_is_built_once_per_document(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed58: the words of one sentence are handed the same Span, equal
    to spaCy's; a copy of the doc (its user data copied with it) gets
    Spans of its own, and releasing the caches builds them anew."""
    from eventwire.nlp.extensions import release_caches
    from eventwire.nlp.sentences import sent_of

    doc = spacy_nlp(text)
    copy = doc.copy()  # before the cache: spaCy pickles the user data it copies
    for sent in doc.sents:
        first = sent_of(sent[0])
        assert first == sent and first.doc is doc
        assert all(sent_of(tok) is first for tok in sent)
    copy.user_data.update(doc.user_data)  # as Span.as_doc(copy_user_data=True) would
    assert all(sent_of(tok).doc is copy and sent_of(tok) == tok.sent for tok in copy)
    kept = sent_of(doc[0])
    release_caches(doc)
    again = sent_of(doc[0])
    assert again == kept and again is not kept


@pytest.mark.parametrize("text", TEXTS)
def test_the_sentences_are_spacys_and_sent_ofs(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed59: ``sentences`` lists ``doc.sents`` (the same bounds, in
    order), each the Span ``sent_of`` hands its words, whichever is asked
    first; a doc without boundaries raises as spaCy does."""
    from eventwire.nlp.sentences import sent_of, sentences

    doc = spacy_nlp(text)
    middle = sent_of(doc[len(doc) // 2])  # one asked before the list
    got = sentences(doc)
    assert [(s.start, s.end) for s in got] == [(s.start, s.end) for s in doc.sents]
    assert len(got) > 1 and any(s is middle for s in got)
    assert all(sent_of(tok) is sent for sent in got for tok in sent)
    assert sentences(doc) == got and all(a is b for a, b in zip(sentences(doc), got, strict=True))
    with pytest.raises(ValueError):
        sentences(spacy_nlp.make_doc("Shops closed early. Buses stopped."))
