"""Features of the learned factuality model: each linguistic class with at
least three varied sentences (written for these tests)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from eventwire.models import Article, Factuality
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.factuality.features import frame_key, token_features, veridicality


def token(quote_pipe: Pipeline, text: str, word: str) -> Token:
    ((_, doc, _),) = list(quote_pipe.docs([Article(text=text)]))
    return next(t for t in doc if t.text == word)


def feats(quote_pipe: Pipeline, text: str, word: str) -> dict[str, float]:
    tok = token(quote_pipe, text, word)
    return token_features(tok, list(tok.doc._.quotes or []), Factuality())


@pytest.mark.parametrize("text,word,expected", [
    ("Rebels may storm the garrison at dawn.", "storm", "modal=possible"),
    ("The coalition could collapse within weeks.", "collapse", "modal=possible"),
    ("The new ferry can carry 400 lorries.", "carry", "modal=possible"),
    ("The envoys will travel to Nairobi on Monday.", "travel", "modal=future"),
    ("The committee shall review the budget.", "review", "modal=future"),
    ("Parliament would reject any such bill.", "reject", "modal=would"),
])
def test_modal_classes(quote_pipe: Pipeline, text: str, word: str, expected: str) -> None:
    assert expected in feats(quote_pipe, text, word)


@pytest.mark.parametrize("text,word,negated", [
    ("The guards did not open fire.", "open", True),
    ("The government never signed the accord.", "signed", True),
    ("No villagers were evacuated before the storm.", "evacuated", True),
    ("The union refused to call off the strike.", "call", True),
    ("The guards opened fire on the crowd.", "opened", False),
    ("Villagers were evacuated before the storm.", "evacuated", False),
])
def test_negation(quote_pipe: Pipeline, text: str, word: str, negated: bool) -> None:
    assert ("neg" in feats(quote_pipe, text, word)) is negated


@pytest.mark.parametrize("text,word,expected", [
    ("Militiamen reportedly looted the depot.", "looted", "hedge=probable"),
    ("The mayor allegedly diverted the funds.", "diverted", "hedge=possible"),
    ("The convoy probably crossed the border overnight.", "crossed", "hedge=probable"),
    ("Perhaps the talks will resume in spring.", "resume", "hedge=possible"),
])
def test_hedging_adverbs(quote_pipe: Pipeline, text: str, word: str, expected: str) -> None:
    assert expected in feats(quote_pipe, text, word)


@pytest.mark.parametrize("text,word,expected", [
    ("If the rebels attack the town, the army will respond.", "attack", "antecedent=if"),
    ("Unless the strike ends, the port stays closed.", "ends", "antecedent=unless"),
    ("Nobody knows whether the minister resigned.", "resigned", "antecedent=whether"),
    ("The navy will escort the ships if pirates return.", "return", "antecedent=if"),
])
def test_condition_and_question_marks(quote_pipe: Pipeline, text: str, word: str,
                                      expected: str) -> None:
    assert expected in feats(quote_pipe, text, word)


@pytest.mark.parametrize("text,word,question", [
    ("Did the army withdraw from the valley?", "withdraw", True),
    ("Will the talks resume next week?", "resume", True),
    ("Who ordered the shelling of the bridge?", "ordered", True),
    ("The army withdrew from the valley.", "withdrew", False),
])
def test_questions(quote_pipe: Pipeline, text: str, word: str, question: bool) -> None:
    assert ("question" in feats(quote_pipe, text, word)) is question


@pytest.mark.parametrize("text,word,quoted", [
    ('"We seized the weapons yesterday," the colonel said.', "seized", True),
    ('The minister said: "Our troops left the city."', "left", True),
    ('He called the raid "a crime that shocked everyone".', "shocked", True),
    ("The colonel said troops seized the weapons.", "seized", False),
])
def test_quotation_context(quote_pipe: Pipeline, text: str, word: str, quoted: bool) -> None:
    assert ("quoted" in feats(quote_pipe, text, word)) is quoted


@pytest.mark.parametrize("text,word,frame", [
    ("The spokesman said that troops shelled the village.", "shelled", "that"),
    ("Officials confirmed that the dam burst.", "burst", "that"),
    ("The rebels are said to be inside the airport.", "be", "was_to_st"),
    ("The general was reported to have resigned.", "resigned", "was_to_ev"),
    ("The rebels are said to hold the airport.", "airport", None),
    ("The union refused to end the strike.", "end", "to_ev"),
    ("The companies hope to merge next year.", "merge", "to_ev"),
    ("The envoy urged both sides to release prisoners.", "release", "np_to_ev"),
    ("The court ordered the ministry to publish the files.", "publish", "np_to_ev"),
])
def test_veridicality_frames(quote_pipe: Pipeline, text: str, word: str, frame: str | None) -> None:
    tok = token(quote_pipe, text, word)
    assert frame_key(tok.head, tok) == frame


def test_veridicality_orders_factive_above_nonfactive(quote_pipe: Pipeline) -> None:
    """Lexicon values: a factive complement happened more than a reported
    one, and a refused act least of the three."""
    knew = token(quote_pipe, "The officials knew that the dam burst.", "burst")
    said = token(quote_pipe, "The officials said that the dam burst.", "burst")
    refused = token(quote_pipe, "The officials refused to open the dam.", "open")
    scores = [veridicality(t.head, t) for t in (knew, said, refused)]
    assert None not in scores
    assert scores[0] > scores[1]  # type: ignore[operator]
    assert scores[0] > scores[2]  # type: ignore[operator]


@pytest.mark.parametrize("text,word,governor,dep", [
    ("The airline expects to cut 900 jobs.", "cut", "expect", "xcomp"),
    ("Investigators believe the pilot made an error.", "made", "believe", "ccomp"),
    ("The ministry announced the closure of two mines.", "closure", "announce", "dobj"),
])
def test_governor_chain(quote_pipe: Pipeline, text: str, word: str, governor: str,
                        dep: str) -> None:
    f = feats(quote_pipe, text, word)
    assert f"gov1={governor}" in f
    assert f"gov1dep={governor}|{dep}" in f


def test_rule_outputs_are_stacked(quote_pipe: Pipeline) -> None:
    tok = token(quote_pipe, "Rebels may storm the garrison.", "storm")
    f = token_features(tok, [], Factuality("positive", "possible", "hypothetical"))
    assert {"r_cert=possible", "r_pol=positive", "r_mod=hypothetical"} <= set(f)
