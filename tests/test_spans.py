"""``SpanIndex`` (eventwire/nlp/spans.py) answers as a linear scan of its
intervals does, the empty answers (the common case) included."""

from __future__ import annotations

import random
from typing import Any

import pytest
from spacy.tokens import Doc

from eventwire.nlp.spans import (
    SpanIndex,
    entity_at,
    entity_holding,
    first_conjunct,
    heads_above,
    path_up_to,
    patient_child,
    self_and_heads,
)


def _intervals(seed: int, n: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    return [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 300) for _ in range(n))]


@pytest.mark.parametrize(("seed", "n"), [(1, 0), (2, 1), (3, 12), (4, 60)])
def test_answers_equal_a_linear_scan(seed: int, n: int) -> None:
    spans = _intervals(seed, n)
    index = SpanIndex(spans)
    for pos in range(-5, 340, 3):
        assert index.containing(pos) == [i for i, (s, e) in enumerate(spans) if s <= pos < e]
        end = pos + 7
        assert index.overlapping(pos, end) == [i for i, (s, e) in enumerate(spans)
                                               if s < end and pos < e]


@pytest.fixture(scope="module")
def tagged_docs() -> list[Doc]:
    from eventwire.nlp.pipeline import Pipeline

    nlp = Pipeline(components=()).nlp
    texts = [
        "The New York Times said officials in Springfield, Illinois met the Red Cross.",
        "President Barack Obama flew to Kabul on Tuesday with General David Petraeus.",
        "Lindsay Lohan and Tara Reid left the Betty Ford Center in Rancho Mirage.",
        "No names here at all.",
    ]
    return list(nlp.pipe(texts))


def test_entity_at_is_the_entity_doc_ents_lists(tagged_docs: list[Doc]) -> None:
    """Every token's entity read from the IOB tags is the span ``doc.ents``
    holds it in (bounds and label), and None outside every entity."""
    for doc in tagged_docs:
        owner = {k: e for e in doc.ents for k in range(e.start, e.end)}
        for k in range(-1, len(doc) + 1):
            got, want = entity_at(doc, k), owner.get(k)
            assert (got is None) == (want is None), (doc.text, k)
            if got is not None and want is not None:
                assert (got.start, got.end, got.label_) == (want.start, want.end, want.label_)


def test_entity_holding_needs_the_whole_span_inside(tagged_docs: list[Doc]) -> None:
    doc = tagged_docs[0]
    ent = next(e for e in doc.ents if len(e) >= 3)  # "The New York Times" or similar
    inner = doc[ent.start + 1:ent.end]
    assert entity_holding(inner) == ent
    assert entity_holding(doc[ent.end - 1:ent.end + 1]) is None  # runs past its end


def test_first_conjunct_climbs_a_chain_of_coordinated_words() -> None:
    from spacy.vocab import Vocab

    words = ["Kenya", ",", "Uganda", "and", "Ghana", "agreed"]
    doc = Doc(Vocab(), words=words, heads=[5, 0, 0, 2, 2, 5],
              deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT"])
    assert first_conjunct(doc[4]).text == "Kenya"  # Ghana -> Uganda -> Kenya
    assert first_conjunct(doc[2]).text == "Kenya"
    assert first_conjunct(doc[0]).text == "Kenya"  # not a conjunct: itself
    assert first_conjunct(doc[5]).text == "agreed"  # the root is its own head


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_heads_above_walks_up_to_the_root_and_the_limit() -> None:
    # "Officials said troops seized the port": port -> seized -> said (root)
    doc = _parsed(["Officials", "said", "troops", "seized", "the", "port"],
                  [1, 1, 3, 1, 5, 3], ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"])
    assert [t.text for t in heads_above(doc[5], 6)] == ["seized", "said"]
    assert [t.text for t in heads_above(doc[5], 1)] == ["seized"]
    assert heads_above(doc[1], 4) == []  # the root has none above it
    assert heads_above(doc[5], 0) == []


def test_self_and_heads_counts_the_token_itself() -> None:
    # "Rebels began shelling the town": town -> shelling -> began (root)
    doc = _parsed(["Rebels", "began", "shelling", "the", "town"],
                  [1, 1, 1, 4, 2], ["nsubj", "ROOT", "xcomp", "det", "dobj"])
    assert [t.text for t in self_and_heads(doc[4], 2)] == ["town", "shelling"]
    assert [t.text for t in self_and_heads(doc[4], 9)] == ["town", "shelling", "began"]
    assert [t.text for t in self_and_heads(doc[1], 3)] == ["began"]
    assert self_and_heads(doc[4], 0) == []


def test_ent_tags_are_the_tokens_iob_and_type_read_once(tagged_docs: list[Doc]) -> None:
    """speed24: the per-document lists ``entity_at`` walks hold what each
    Token says, and a second call reads the same lists back."""
    from eventwire.nlp.spans import _ent_tags

    for doc in tagged_docs:
        iob, types = _ent_tags(doc)
        assert iob == [t.ent_iob for t in doc]
        assert types == [t.ent_type for t in doc]
        assert _ent_tags(doc)[0] is iob


def _entities_as_spacy(doc: Doc) -> None:
    owner = {k: e for e in doc.ents for k in range(e.start, e.end)}
    for k in range(len(doc)):
        got, want = entity_at(doc, k), owner.get(k)
        assert (None if got is None else (got.start, got.end, got.label_)) == \
            (None if want is None else (want.start, want.end, want.label_)), (doc.text, k)


def test_entity_at_follows_a_retokenized_doc(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """The IOB tags kept in ``user_data`` outlive a merge of the tokens and
    a sentence copied with its user data: they are read anew for the new
    tokens, so ``entity_at`` still names the entity ``doc.ents`` lists."""
    doc = spacy_nlp("Dockers in Mombasa met officials of the Kenya Ports Authority on Friday.")
    _entities_as_spacy(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[0:3])  # "Dockers in Mombasa": every later entity moves left
    _entities_as_spacy(doc)
    doc = spacy_nlp("Rain fell. Farmers in Kano met the Nigerian Red Cross in Abuja.")
    _entities_as_spacy(doc)
    _entities_as_spacy(list(doc.sents)[1].as_doc(copy_user_data=True))


def test_head_token_follows_a_retokenized_doc(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """The mention-head memo outlives a merge of the tokens: a head asked
    before the merge is read anew after it, as ``Doc.char_span`` finds it."""
    from types import SimpleNamespace

    from eventwire.nlp.spans import head_token

    doc = spacy_nlp("Volunteers from the Red Crescent reached Misrata by boat.")
    mention = SimpleNamespace(start=doc[6].idx, end=doc[6].idx + len(doc[6]))  # "Misrata"
    assert head_token(doc, mention) == doc[6]
    with doc.retokenize() as retok:
        retok.merge(doc[2:5])  # "the Red Crescent"
    want = doc.char_span(mention.start, mention.end, alignment_mode="expand").root
    assert want.text == "Misrata"
    got = head_token(doc, mention)
    assert got is not None and (got.i, got.text) == (want.i, "Misrata")


def test_patient_child_is_the_object_or_the_passive_subject() -> None:
    active = _parsed(["Troops", "burned", "the", "depot"], [1, 1, 3, 1],
                     ["nsubj", "ROOT", "det", "dobj"])
    assert patient_child(active[1]).text == "depot"
    passive = _parsed(["The", "mayor", "was", "arrested"], [1, 3, 3, 3],
                      ["det", "nsubjpass", "auxpass", "ROOT"])
    assert patient_child(passive[3]).text == "mayor"
    intransitive = _parsed(["Protesters", "marched", "home"], [1, 1, 1],
                           ["nsubj", "ROOT", "advmod"])
    assert patient_child(intransitive[1]) is None


def test_path_up_to_stops_at_the_top_or_the_limit(event_pipe: Any) -> None:
    """review75: the walk demanded_patients and condemned_victims share."""
    doc = event_pipe.nlp("The guild condemned the arrest of three reporters in Minsk.")
    at = {t.text: t for t in doc}
    assert [t.text for t in path_up_to(at["reporters"], at["condemned"], 5) or []] == [
        "reporters", "of", "arrest"]
    assert path_up_to(at["condemned"], at["condemned"], 5) == []
    assert path_up_to(at["reporters"], at["condemned"], 2) is None
    assert path_up_to(at["guild"], at["arrest"], 5) is None


@pytest.mark.parametrize("text", [
    "The air strike hit a rebel camp near the border on Monday.",
    "Police arrested two men after a hunger strike outside the ministry.",
    "RIOT IN PORT CITY\nOfficers fired tear gas, and  protesters fled.",
])
def test_expand_root_is_the_root_of_the_expand_span(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed58: ``expand_root`` answers ``(root.i, start, end)`` of
    ``char_span(.., "expand")`` for every character range (spaces, line
    breaks, ranges inside a word), asked twice (the memo), and (-1, 0, 0)
    where that span is None."""
    from eventwire.nlp.arrays import char_span
    from eventwire.nlp.spans import expand_root

    doc = spacy_nlp(text)
    for _ in range(2):
        for start in range(len(text)):
            for end in range(start, min(len(text), start + 25) + 1):
                span = char_span(doc, start, end, alignment_mode="expand")
                want = (-1, 0, 0) if span is None else (span.root.i, span.start, span.end)
                assert expand_root(doc, start, end) == want


def test_index_of_reads_the_stored_list_and_asks_spacy_for_an_unset_one(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """speed58: ``index_of`` uses the kept index of ``doc._.<name>`` itself
    (read at spaCy's user-data key), a fresh one for a list of the caller's
    own or an extension never set, and raises for a name that is no
    extension, as ``getattr(doc._, name)`` did."""
    from eventwire.models import Span as CharSpan
    from eventwire.nlp.spans import doc_index, index_of

    doc = spacy_nlp("Police met the mayor in Lima on Monday.")
    mentions = [CharSpan("Police", 0, 6), CharSpan("the mayor", 11, 20)]
    doc._.actor_mentions = mentions
    assert index_of(doc, "actor_mentions", mentions) is doc_index(doc, "actor_mentions")
    own = [CharSpan("Lima", 24, 28)]
    fresh = index_of(doc, "actor_mentions", own)
    assert fresh is not doc_index(doc, "actor_mentions") and fresh.spans == [(24, 28)]
    assert index_of(doc, "place_mentions", own).spans == [(24, 28)]  # never set: None
    with pytest.raises(AttributeError):
        index_of(doc, "no_such_extension", own)
