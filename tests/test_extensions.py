"""``get_list`` (eventwire/nlp/extensions.py): the list of ``doc._.<name>``,
read straight from ``doc.user_data`` once it exists (speed11)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp.extensions import ents_of, get_list, in_first_line


def test_get_list_is_the_extension_list_of_each_doc() -> None:
    nlp = spacy.blank("en")
    first, second = nlp("Troops left the town."), nlp("Police fired tear gas.")
    quotes = get_list(first, "quotes")
    assert quotes == [] and first._.quotes is quotes  # created on first access
    quotes.append("q1")
    assert get_list(first, "quotes") is quotes == ["q1"]
    assert get_list(second, "quotes") == []  # never another document's list
    assert get_list(second, "quotes") is not quotes
    first._.events = ["e1", "e2"]  # set through spaCy: read back the same object
    assert get_list(first, "events") is first._.events
    first._.events = ["e3"]
    assert get_list(first, "events") == ["e3"]


def test_get_list_keeps_spacy_errors() -> None:
    doc = spacy.blank("en")("A text.")
    with pytest.raises(AttributeError):
        get_list(doc, "no_such_extension")
    doc._.quotes = "not a list"
    with pytest.raises(AssertionError):
        get_list(doc, "quotes")


ENTITY_TEXTS = (
    "Troops from Chad entered Mali on Monday, the United Nations said.",
    "Angela Merkel met Emmanuel Macron in Paris and flew to Berlin.",
    "No name here at all.",
    "The Red Cross said 40 people died in Aleppo after Russian jets struck.",
)


@pytest.mark.parametrize("text", ENTITY_TEXTS)
def test_ents_of_is_doc_ents_built_once(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    want = [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
    first = ents_of(doc)
    assert [(e.start, e.end, e.label_, e.kb_id_) for e in first] == want
    assert ents_of(doc) is first  # the same tuple on every later read
    assert all(e.doc is doc for e in first)


def test_ents_of_is_per_document(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    one, two = spacy_nlp(ENTITY_TEXTS[0]), spacy_nlp(ENTITY_TEXTS[1])
    assert [e.text for e in ents_of(one)] != [e.text for e in ents_of(two)]
    assert ents_of(spacy_nlp(ENTITY_TEXTS[2])) == ()


def test_release_caches_drops_the_span_caches_only(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed30: the registered caches of a doc's own Spans are dropped, the
    other user_data stays, and a later read rebuilds the same entities."""
    from eventwire.nlp.extensions import doc_cache, release_caches, remember_text, text_of

    key = doc_cache("eventwire.test_speed30_spans")
    for text in ENTITY_TEXTS:
        doc = remember_text(spacy_nlp(text), text)
        before = [(e.start, e.end, e.label_) for e in ents_of(doc)]
        doc.user_data[key] = list(doc.sents)
        assert release_caches(doc) is doc
        assert key not in doc.user_data
        assert not any(isinstance(v, tuple) and v and hasattr(v[0], "doc")
                       for v in doc.user_data.values())
        assert text_of(doc) == text  # not a cache of Spans: kept
        assert [(e.start, e.end, e.label_) for e in ents_of(doc)] == before


@pytest.mark.parametrize("text,word,first", [
    ("Man held after pub brawl\nA man was held on Friday.", "brawl", True),
    ("Man held after pub brawl\nA man was held on Friday.", "Friday", False),
    ("A single line with no break at all.", "break", True),
])
def test_in_first_line_is_no_break_before_the_token(spacy_nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                                    first: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == word)
    assert in_first_line(tok) is first
