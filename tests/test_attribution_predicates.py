"""The reported verb read as a reduced relative of its subject
(eventwire/stages/attribution/predicates.py, issue #12, branch speaker40).

The misreading depends on the statistical parser and on the article around
the sentence, so the parses are built by hand here (the parser's own
output for the class, on sentences written for these tests, none taken
from an evaluation set): each row is (word, tag, pos, dep, head)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.stages.attribution.predicates import relative_read_predicate

Row = tuple[str, str, str, str, int]


def _doc(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".", ")") and r[0] != "("
              for i, r in enumerate(rows)]
    lemmas = [{"told": "tell", "said": "say"}.get(w, w.lower()) for w in words]
    return Doc(Vocab(), words=words, spaces=spaces, lemmas=lemmas, tags=[r[1] for r in rows],
               pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows])


def _content(rows: list[Row]) -> str | None:
    doc = _doc(rows)
    cue = next(t for t in doc if t.tag_ == "VBD" and t.dep_ == "ROOT")
    span = relative_read_predicate(cue)
    return span.text if span is not None else None


DET, NN, NNS, NNP, VBN, VBD, IN, P = (("DT", "DET"), ("NN", "NOUN"), ("NNS", "NOUN"),
                                      ("NNP", "PROPN"), ("VBN", "VERB"), ("VBD", "VERB"),
                                      ("IN", "ADP"), (",", "PUNCT"))


def r(word: str, tp: tuple[str, str], dep: str, head: int) -> Row:
    return (word, tp[0], tp[1], dep, head)


PATROL = [r("A", DET, "det", 2), r("navy", NN, "compound", 2), r("patrol", NN, "dep", 11),
          r("fired", VBN, "acl", 2), r("on", IN, "prep", 3), r("a", DET, "det", 6),
          r("boat", NN, "pobj", 4), r("on", IN, "prep", 3), r("Sunday", NNP, "pobj", 7),
          r(",", P, "punct", 11), r("officials", NNS, "nsubj", 11), r("said", VBD, "ROOT", 11),
          r(".", (".", "PUNCT"), "punct", 11)]

DATELINE = [r("KABUL", NNP, "advcl", 16), r("(", ("-LRB-", "PUNCT"), "punct", 0),
            r("Wire", NNP, "appos", 0), r(")", ("-RRB-", "PUNCT"), "punct", 0),
            r("—", (":", "PUNCT"), "punct", 0), r("An", DET, "det", 7),
            r("army", NN, "compound", 7), r("unit", NN, "appos", 0),
            r("shelled", VBN, "acl", 7), r("the", DET, "det", 10),
            r("village", NN, "dobj", 8), r(",", P, "punct", 8),
            r("killing", ("VBG", "VERB"), "advcl", 8), r("two", ("CD", "NUM"), "dobj", 12),
            r(",", P, "punct", 16), r("residents", NNS, "nsubj", 16),
            r("told", VBD, "ROOT", 16), r("reporters", NNS, "dobj", 16),
            r(".", (".", "PUNCT"), "punct", 16)]

GUNMEN = [r("Two", ("CD", "NUM"), "nummod", 1), r("gunmen", NNS, "nsubj", 12),
          r("attacked", VBN, "acl", 1), r("a", DET, "det", 4), r("checkpoint", NN, "dobj", 2),
          r("near", IN, "prep", 2), r("the", DET, "det", 7), r("airport", NN, "pobj", 5),
          r(",", P, "punct", 12), r("a", DET, "det", 11), r("police", NN, "compound", 11),
          r("source", NN, "nsubj", 12), r("said", VBD, "ROOT", 12),
          r(".", (".", "PUNCT"), "punct", 12)]


@pytest.mark.parametrize("rows, content", [
    (PATROL, "A navy patrol fired on a boat on Sunday"),
    (DATELINE, "An army unit shelled the village, killing two"),
    (GUNMEN, "Two gunmen attacked a checkpoint near the airport"),
])
def test_misread_predicate_is_the_closing_cue_content(rows: list[Row], content: str) -> None:
    assert _content(rows) == content


# "A man wounded in the attack died in hospital, police said": a finite
# predicate of its own ("died", hung on the cue as dep) — not this class
OWN_PREDICATE = [r("A", DET, "det", 1), r("man", NN, "nsubj", 6), r("wounded", VBN, "acl", 1),
                 r("in", IN, "prep", 2), r("the", DET, "det", 5), r("attack", NN, "pobj", 3),
                 r("died", VBD, "dep", 10), r("in", IN, "prep", 6), r("hospital", NN, "pobj", 7),
                 r(",", P, "punct", 10), r("police", NNS, "nsubj", 10), r("said", VBD, "ROOT", 10),
                 r(".", (".", "PUNCT"), "punct", 10)]
# "Residents of the village shelled on Sunday, officials said": the
# participle modifies a noun inside a prepositional phrase
IN_PP = [r("Residents", NNS, "dep", 9), r("of", IN, "prep", 0), r("the", DET, "det", 3),
         r("village", NN, "pobj", 1), r("shelled", VBN, "acl", 3), r("on", IN, "prep", 4),
         r("Sunday", NNP, "pobj", 5), r(",", P, "punct", 9), r("officials", NNS, "nsubj", 9),
         r("said", VBD, "ROOT", 9), r(".", (".", "PUNCT"), "punct", 9)]
# "Officials said a patrol fired on a boat": the cue opens the sentence
OPENING = [r("Officials", NNS, "nsubj", 1), r("said", VBD, "ROOT", 1), r("a", DET, "det", 3),
           r("patrol", NN, "dobj", 1), r("fired", VBN, "acl", 3), r("on", IN, "prep", 4),
           r("a", DET, "det", 7), r("boat", NN, "pobj", 5), r(".", (".", "PUNCT"), "punct", 1)]
# "The convoy attacked near the border, as the minister said": a subordinated cue
AS_CUE = [r("The", DET, "det", 1), r("convoy", NN, "dep", 9), r("attacked", VBN, "acl", 1),
          r("near", IN, "prep", 2), r("the", DET, "det", 5), r("border", NN, "pobj", 3),
          r(",", P, "punct", 9), r("as", IN, "mark", 9), r("the", DET, "det", 9),
          r("minister", NN, "nsubj", 10), r("said", VBD, "ROOT", 10),
          r(".", (".", "PUNCT"), "punct", 10)]


@pytest.mark.parametrize("rows", [OWN_PREDICATE, IN_PP, OPENING, AS_CUE])
def test_no_content_from_a_true_relative_or_an_opening_cue(rows: list[Row]) -> None:
    assert _content(rows) is None


def _cue_content(rows: list[Row], cue_word: str) -> str | None:
    doc = _doc(rows)
    cue = next(t for t in doc if t.text == cue_word and t.dep_ == "ROOT")
    span = relative_read_predicate(cue)
    return span.text if span is not None else None


def _split(first: list[Row], cue: list[Row]) -> list[Row]:
    """Two parser sentences: the statement, then the cue opening with its comma."""
    n = len(first)
    return first + [(w, t, p, d, h + n) for w, t, p, d, h in cue]


STORMED = [r("Gunmen", NNS, "nsubj", 1), r("stormed", VBD, "ROOT", 1), r("a", DET, "det", 3),
           r("school", NN, "dobj", 1), r("on", IN, "prep", 1), r("Monday", NNP, "pobj", 4)]
JAILED = [r("The", DET, "det", 1), r("court", NN, "nsubj", 2), r("jailed", VBD, "ROOT", 2),
          r("three", ("CD", "NUM"), "nummod", 4), r("activists", NNS, "dobj", 2)]
SHELLED = [r("KABUL", NNP, "ROOT", 0), r("(", ("-LRB-", "PUNCT"), "punct", 0),
           r("Wire", NNP, "appos", 0), r(")", ("-RRB-", "PUNCT"), "punct", 0),
           r("—", (":", "PUNCT"), "punct", 0), r("A", DET, "det", 6), r("patrol", NN, "appos", 0),
           r("shelled", VBD, "acl", 6), r("a", DET, "det", 9), r("village", NN, "dobj", 7),
           r(",", P, "punct", 7), r("killing", ("VBG", "VERB"), "advcl", 7),
           r("two", ("CD", "NUM"), "dobj", 11)]
POLICE_TOLD = [r(",", P, "punct", 2), r("police", NNS, "nsubj", 2), r("told", VBD, "ROOT", 2),
               r("reporters", NNS, "dobj", 2), r(".", (".", "PUNCT"), "punct", 2)]
LAWYER_SAID = [r(",", P, "punct", 3), r("their", ("PRP$", "PRON"), "poss", 2),
               r("lawyer", NN, "nsubj", 3), r("said", VBD, "ROOT", 3),
               r("Tuesday", NNP, "npadvmod", 3), r(".", (".", "PUNCT"), "punct", 3)]
RESIDENTS_SAID = [r(",", P, "punct", 2), r("residents", NNS, "nsubj", 2),
                  r("said", VBD, "ROOT", 2), r(".", (".", "PUNCT"), "punct", 2)]


@pytest.mark.parametrize("rows, cue, content", [
    (_split(STORMED, POLICE_TOLD), "told", "Gunmen stormed a school on Monday"),
    (_split(JAILED, LAWYER_SAID), "said", "The court jailed three activists"),
    (_split(SHELLED, RESIDENTS_SAID), "said", "A patrol shelled a village, killing two"),
])
def test_closing_cue_split_off_reports_the_sentence_before(rows: list[Row], cue: str,
                                                           content: str) -> None:
    assert _cue_content(rows, cue) == content


# ", officials said the boat sank": the cue has its own complement
OWN_CLAUSE = [r(",", P, "punct", 2), r("officials", NNS, "nsubj", 2), r("said", VBD, "ROOT", 2),
              r("the", DET, "det", 4), r("boat", NN, "nsubj", 5), r("sank", VBD, "ccomp", 2),
              r(".", (".", "PUNCT"), "punct", 2)]
# ", officials said, after the court ruled": the sentence goes on after the cue
GOES_ON = [r(",", P, "punct", 2), r("officials", NNS, "nsubj", 2), r("said", VBD, "ROOT", 2),
           r(",", P, "punct", 2), r("after", IN, "mark", 7), r("the", DET, "det", 6),
           r("court", NN, "nsubj", 7), r("ruled", VBD, "advcl", 2),
           r(".", (".", "PUNCT"), "punct", 2)]
# a headline line before the cue's sentence: no statement of the cue's
HEADLINE = [r("Court", NN, "nsubj", 1), r("jails", ("VBZ", "VERB"), "ROOT", 1),
            r("activists", NNS, "dobj", 1), r("\n", ("_SP", "SPACE"), "dep", 2)]


@pytest.mark.parametrize("rows, cue", [
    (_split(JAILED, OWN_CLAUSE), "said"),
    (_split(STORMED, GOES_ON), "said"),
    (_split(HEADLINE, RESIDENTS_SAID), "said"),
])
def test_split_cue_with_a_clause_or_after_a_headline_reports_nothing(rows: list[Row],
                                                                     cue: str) -> None:
    assert _cue_content(rows, cue) is None
