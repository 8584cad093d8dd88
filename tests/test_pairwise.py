"""The shipped pairwise model: every variant loads, its features exist, and
it orders pairs sensibly (same lemma in a similar document beats neither);
the argument sets of a given mention and the pair features built on them."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus import embed, pairwise
from eventwire.corpus.cluster import average_link
from eventwire.corpus.crossdoc import (
    ARGUMENTS,
    LOCAL_DOC_THRESHOLD,
    GoldMention,
    _overlaps,
    argument_conflicts,
    cluster_topics,
    doc_clusters,
    local_similarity,
    same_sentence,
    speech_lemmas,
    speech_shift,
    topic_features,
)
from eventwire.corpus.dedup import Document
from eventwire.corpus.mention_args import Arguments, arguments

BASE = ("lemma", "trigger", "sentence", "doc", "same_doc", "story", "docemb", "lemvec",
        "dclust", "ldoc", "lclust", "bdoc", "same_sent", "ftrig", "lprior", "pprior", *ARGUMENTS,
        *(f"{a}_disjoint" for a in ARGUMENTS))


@pytest.mark.parametrize("variant", ["embeddings", "lexical", "stored_embeddings",
                                     "stored_lexical"])
def test_variant_loads_and_orders_pairs(variant: str) -> None:
    model = pairwise.load(variant)
    assert {p for f in model.features for p in f.split("*")} <= set(BASE)
    assert 0.0 < model.threshold("ecbplus") < 1.0 and 0.0 < model.threshold("stored") < 1.0
    alike = {name: np.array([1.0]) for name in BASE}
    unlike = {name: np.array([0.0]) for name in BASE}
    for name in ("same_doc", "same_sent", *(f"{a}_disjoint" for a in ARGUMENTS)):
        alike[name], unlike[name] = np.array([0.0]), np.array([1.0])
    p_alike, p_unlike = model.probability(alike)[0], model.probability(unlike)[0]
    assert p_alike > model.threshold("ecbplus") > p_unlike


def _mention_args(nlp, text: str, trigger: str) -> Arguments:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(trigger)
    span = doc.char_span(start, start + len(trigger), alignment_mode="expand")
    assert span is not None
    return arguments(span)


@pytest.mark.parametrize(("text", "trigger", "field", "expected"), [
    # subject and object of a verb trigger
    ("Firefighters rescued three hikers near Boulder on Sunday.", "rescued", "core",
     {"firefighters", "hikers"}),
    # the place and the time of the sentence, never the trigger itself
    ("An earthquake shook Chile and Peru on Friday morning.", "shook", "places",
     {"chile", "peru"}),
    ("The storm hit Texas in 2017.", "hit", "times", {"2017"}),
    # a nominal trigger: its prepositional and possessive dependents
    ("Ferrari's acquisition of the tyre maker surprised analysts.", "acquisition", "core",
     {"ferrari", "maker"}),
    # named participants of the sentence, a partial name kept as words
    ("Senator John Smith met Chinese officials in Beijing.", "met", "participants",
     {"john", "smith", "chinese", "officials"}),
])
def test_arguments_of_a_given_mention(spacy_nlp, text: str, trigger: str, field: str,  # type: ignore[no-untyped-def]
                                      expected: set[str]) -> None:
    got = getattr(_mention_args(spacy_nlp, text, trigger), field)
    assert expected <= got and trigger.lower() not in got


def test_argument_overlap_and_disjoint_flag() -> None:
    sets = [frozenset({"joplin", "missouri"}), frozenset({"joplin"}), frozenset({"tulsa"}),
            frozenset()]
    jac, disjoint = _overlaps(sets)
    assert jac[0, 1] == 0.5 and jac[0, 2] == 0.0 and jac[2, 3] == 0.0
    assert disjoint[0, 2] == 1.0 and disjoint[0, 1] == 0.0
    assert disjoint[2, 3] == 0.0  # one side knows nothing: no evidence either way


def test_doc_clusters_split_a_topic_into_its_stories() -> None:
    # two stories of one kind: documents similar inside each, unlike across
    tfidf = np.array([[1.0, 0.6, 0.05, 0.1], [0.6, 1.0, 0.1, 0.0],
                      [0.05, 0.1, 1.0, 0.5], [0.1, 0.0, 0.5, 1.0]])
    labels = doc_clusters(tfidf)
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]


def test_gold_mention_defaults_to_no_arguments() -> None:
    m = GoldMention("d:1", "d", "strike")
    assert m.args == Arguments() and m.lemma_vec is None


@pytest.mark.skipif(not embed.available(), reason="the embeddings extra is not installed")
def test_lemma_vectors_place_synonyms_near() -> None:
    vecs = embed.encode_words(["arrest", "detain", "marry", "quake", "earthquake", "win",
                               "arrest"])
    assert len(vecs) == 6 and abs(float(np.linalg.norm(vecs["win"])) - 1) < 1e-4
    assert float(vecs["arrest"] @ vecs["detain"]) > float(vecs["arrest"] @ vecs["marry"])
    assert float(vecs["quake"] @ vecs["earthquake"]) > float(vecs["quake"] @ vecs["win"])


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, tuple(text.lower().split()), group="t")


@pytest.mark.parametrize("topic", [
    # two earthquakes: the words of the kind are shared, the place and year split them
    ["earthquake magnitude killed quake indonesia sumatra 2009 padang",
     "quake earthquake magnitude rescue padang sumatra 2009 collapsed",
     "earthquake magnitude killed quake california 2014 napa",
     "quake earthquake magnitude napa winery 2014 california"],
    # two rehab check-ins of two actresses
    ["actress rehab entered treatment lohan lindsay malibu lohan",
     "rehab actress lohan treatment entered lindsay malibu",
     "actress rehab entered treatment reid tara promises reid",
     "rehab actress tara reid promises entered"],
])
def test_local_similarity_splits_a_topic_by_what_only_half_share(topic: list[str]) -> None:
    docs = [_doc(str(i), t) for i, t in enumerate(topic)]
    sim = local_similarity(docs)
    assert sim[0, 1] > sim[0, 2] and sim[2, 3] > sim[1, 3]
    labels = doc_clusters(sim, LOCAL_DOC_THRESHOLD)
    assert labels[0] == labels[1] != labels[2] == labels[3]


def test_a_word_every_document_of_the_topic_uses_weighs_nothing() -> None:
    docs = [_doc("a", "earthquake padang"), _doc("b", "earthquake napa")]
    assert local_similarity(docs)[0, 1] == 0.0


def test_same_sentence_needs_the_same_document_and_sentence() -> None:
    ms = [GoldMention("d:1", "d", "kill", sentence=0),
          GoldMention("d:2", "d", "injure", sentence=0),
          GoldMention("d:3", "d", "kill", sentence=40),
          GoldMention("e:1", "e", "kill", sentence=0),
          GoldMention("e:2", "e", "kill"), GoldMention("e:3", "e", "kill")]
    same = same_sentence(ms)
    assert same[0, 1] == 1.0 and same[0, 2] == 0.0 and same[0, 3] == 0.0
    assert same[4, 5] == 0.0  # unknown sentences are never the same one


def test_tuned_trigger_cosine_only_when_every_mention_has_its_vector() -> None:
    docs = [_doc("d", "earthquake padang"), _doc("e", "quake padang")]
    a, b = np.array([1.0, 0.0]), np.array([0.6, 0.8])
    ms = [GoldMention("d:1", "d", "strike", tuned_vec=a),
          GoldMention("e:1", "e", "hit", tuned_vec=b)]
    feats = topic_features(ms, docs, {}, {"d": "s", "e": "s"})
    assert np.allclose(feats["ftrig"], [[1.0, 0.6], [0.6, 1.0]])
    ms[1].tuned_vec = None
    assert "ftrig" not in topic_features(ms, docs, {}, {"d": "s", "e": "s"})


def _with_places(key: str, doc: str, lemma: str, *places: str) -> GoldMention:
    return GoldMention(key, doc, lemma, args=Arguments(places=frozenset(places)))


def test_argument_conflicts_only_for_named_sets_with_weight() -> None:
    ms = [_with_places("a:1", "a", "quake", "bali"), _with_places("b:1", "b", "quake"),
          _with_places("c:1", "c", "quake", "chile", "santiago")]
    cons = argument_conflicts(ms, {"places": 0.2, "times": 0.0})
    assert len(cons) == 1 and cons[0].weight == 0.2
    assert cons[0].incidence.shape == (3, 3)
    assert cons[0].incidence.sum(axis=1).tolist() == [1.0, 0.0, 2.0]
    assert argument_conflicts(ms, {}) == []


@pytest.mark.parametrize("places", [
    # two earthquakes, two shootings, two arrests of one kind in one topic:
    # same lemma, similar documents, but each pair of reports names its own place
    (("bali",), ("bali", "indonesia"), ("chile",), ("santiago", "chile")),
    (("oakland",), ("oakland",), ("tulsa",), ("tulsa", "oklahoma")),
    (("malibu",), ("malibu", "california"), ("london",), ("london",)),
])
def test_topic_clustering_keeps_two_places_apart(places: tuple[tuple[str, ...], ...]) -> None:
    docs = [_doc(d, "report event said police") for d in "abcd"]
    ms = [_with_places(f"{d}:1", d, "strike", *p) for d, p in zip("abcd", places, strict=True)]
    model = pairwise.PairModel("t", ("lemma",), np.array([1.0]), 0.0, {})
    # P = 0.73 for every same-lemma pair: without conflicts one cluster
    plain = cluster_topics(ms, docs, model, 0.6)
    assert len(set(plain.values())) == 1
    split = cluster_topics(ms, docs, pairwise.PairModel("t", ("lemma",), np.array([1.0]), 0.0,
                                                        {}, {"places": 0.2}), 0.6)
    assert split["a:1"] == split["b:1"] and split["c:1"] == split["d:1"]
    assert split["a:1"] != split["c:1"]


@pytest.mark.parametrize(("first", "second", "shifted"), [
    ("say", "tell", True),          # two speakers' words in two reports
    ("announce", "statement", True),  # a verb and a statement noun
    ("report", "confirm", True),
    ("say", "kill", False),          # only one of them a speech act
    ("quake", "earthquake", False),  # neither
])
def test_speech_shift_only_when_both_mentions_are_speech_acts(first: str, second: str,
                                                             shifted: bool) -> None:
    ms = [GoldMention("a:1", "a", first), GoldMention("b:1", "b", second)]
    shift = speech_shift(ms, speech_lemmas(), 0.1)
    assert shift[0, 1] == shift[1, 0] == (0.1 if shifted else 0.0)
    assert shift[0, 0] == (0.1 if first in speech_lemmas() else 0.0)


def test_speech_pairs_need_a_higher_probability_to_cluster() -> None:
    """Two "said" of two documents just above the threshold stay apart once
    shifted; two "resign" at the same probability still merge."""
    ms = [GoldMention("a:1", "a", "say"), GoldMention("b:1", "b", "say"),
          GoldMention("a:2", "a", "resign"), GoldMention("b:2", "b", "resign")]
    prob = np.full((4, 4), 0.05)
    prob[0, 1] = prob[1, 0] = prob[2, 3] = prob[3, 2] = 0.25
    labels = average_link(prob - speech_shift(ms, speech_lemmas(), 0.1), 0.2)
    assert labels == [0, 1, 2, 2]
    assert average_link(prob, 0.2) == [0, 0, 2, 2]


def test_speech_lemmas_ignore_a_user_cue_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The shift was chosen on the folds with the bundled lists: a user's
    cue file for quotations (``EVENTWIRE_CUE_PATHS``) does not move the
    cross-document class (nor ``eventwire eval ecbplus``)."""
    extra = tmp_path / "cues.yaml"
    extra.write_text("speech_verbs+: [opine, kill]\nstatement_nouns: [memo]\n", encoding="utf-8")
    before = speech_lemmas()
    monkeypatch.setenv("EVENTWIRE_CUE_PATHS", str(extra))
    after = speech_lemmas()
    assert after == before
    assert "kill" not in after and "statement" in after
