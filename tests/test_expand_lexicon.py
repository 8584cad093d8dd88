"""tools/expand_lexicon.py: the nearest-lemma proposer, the overlap test
that decides a missed gold event, the gate's features and the F1 estimate."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.vocab import Vocab

from tools.expand_lexicon import Proposer, _f1, _features, _overlaps


def _vocab() -> Vocab:
    vocab = Vocab()
    table = {"attack": [1.0, 0.0, 0.0], "assault": [0.9, 0.1, 0.0], "meet": [0.0, 1.0, 0.0],
             "talk": [0.0, 0.9, 0.2], "handcuff": [0.8, 0.0, 0.3], "custody": [0.1, 0.0, 1.0],
             "arrest": [0.2, 0.0, 0.9]}
    for word, vec in table.items():
        vocab.set_vector(word, np.asarray(vec, dtype=np.float32))
    return vocab


LEMMAS = {"VERB": {"attack": "ASSAULT", "assault": "ASSAULT", "meet": "CONSULT",
                   "talk": "CONSULT", "unknownword": "AID"},
          "NOUN": {"arrest": "COERCE", "talk": "CONSULT"}}


def test_a_verb_takes_the_type_of_its_nearest_lexicon_verb() -> None:
    prop = Proposer(_vocab(), LEMMAS).propose("handcuff", "VERB")
    assert prop is not None and prop["type"] == "ASSAULT" and prop["near"] == "attack"


def test_a_noun_is_compared_with_nouns_only() -> None:
    prop = Proposer(_vocab(), LEMMAS).propose("custody", "NOUN")
    assert prop is not None and prop["type"] == "COERCE" and prop["sim"] > 0.9


def test_a_word_without_a_vector_gets_no_proposal() -> None:
    assert Proposer(_vocab(), LEMMAS).propose("zzyzx", "VERB") is None


def test_overlap_finds_the_span_a_token_falls_in() -> None:
    assert _overlaps((10, 15), [(0, 5), (12, 20)]) == 1
    assert _overlaps((10, 15), [(0, 10), (15, 20)]) == -1


def test_f1_estimate() -> None:
    p, r, f = _f1(50, 100, 200)
    assert (p, r) == (0.5, 0.25) and f == pytest.approx(1 / 3)


def test_the_lemma_feature_is_optional() -> None:
    row = {"sim": 0.7, "agree": 0.6, "pos": "NOUN", "dep": "dobj", "vote_type": "ASSAULT",
           "ent_sent": True, "subj_person": False, "lemma": "custody"}
    assert "lemma=NOUN_custody" not in _features(row)
    assert _features(row, lemma=True)["lemma=NOUN_custody"] == 1
