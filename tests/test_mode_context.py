"""Where the mode assigner reads its cues (mode_context.py): class *a headline
verb read as a modifier noun* ("police fire tear gas at protesters", where the
parser makes "fire" a compound of "gas")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.mode_context import clause_head
from tests.conftest import event_at


@pytest.mark.parametrize("text,word,head", [
    ("Georgian riot police fire tear gas at protesters in Tbilisi", "fire", "gas"),
    ("Kenyan police fire tear gas and water cannon at protesters outside parliament",
     "fire", "gas"),
    ("Spanish riot police fire rubber bullets at voters in Catalonia", "fire", "bullets"),
])
def test_headline_verb_takes_the_noun_it_modifies(spacy_nlp: Language, text: str, word: str,
                                                  head: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == word)
    if tok.pos_ != "NOUN" or tok.dep_ not in ("compound", "nmod"):
        pytest.skip("parsed as a verb: nothing to recover")
    assert clause_head(doc[tok.i:tok.i + 1]).text == head


@pytest.mark.parametrize("text,word", [
    # a modifier noun that is no headline verb keeps its own clause
    ("Bomb disposal experts reached the village after the clashes.", "Bomb"),
    ("Peace talks resumed in Doha on Monday.", "Peace"),
    ("Protest leaders were detained on Sunday.", "Protest"),
])
def test_other_modifier_nouns_keep_their_clause(spacy_nlp: Language, text: str,
                                                word: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert clause_head(doc[tok.i:tok.i + 1]) == tok


@pytest.mark.parametrize("text,word", [
    # class *an event named in a circumstance adjunct is its own event*: the
    # clause it hangs from ("torched", "clashes came") holds another event
    ("The building was torched during protests against the austerity plan.", "protests"),
    ("The clashes on Saturday came after an evening candle-lit vigil for the boy.", "vigil"),
    ("Rioters looted shops after a peaceful march through the city centre.", "march"),
])
def test_circumstance_adjunct_keeps_its_own_clause(spacy_nlp: Language, text: str,
                                                   word: str) -> None:
    doc = spacy_nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ == "pobj", (tok.dep_, tok.head.text)
    assert clause_head(doc[tok.i:tok.i + 1]) == tok


HEAD_LINE_TEXTS = [
    "Rebels who had attacked the convoy said they would free the hostages they seized.",
    "The minister, speaking in Nairobi, denied that police beat the students.",
    "Protesters marched.\n\nTroops fired on them near the bridge, witnesses said.",
]


@pytest.mark.parametrize("text", HEAD_LINE_TEXTS)
def test_head_line_is_whose_subtree_holds_the_token(spacy_nlp: Language, text: str) -> None:
    """speed24: ``head_line(tok)`` holds exactly the tokens ``t`` with
    ``tok in t.subtree`` (the test ``_walk`` asked per child)."""
    from eventwire.stages.events.mode_context import head_line

    doc = spacy_nlp(text)
    for tok in doc:
        assert head_line(tok) == {t.i for t in doc if tok in t.subtree}, (text, tok.text)


@pytest.mark.parametrize("text,word,mode", [
    # modes57: a noun coordinated with a noun trigger names another act
    ("Protests and riots spread to three more towns after the verdict.", "Protests", "demo"),
    ("Demonstrations, riots and looting were reported across the capital overnight.",
     "Demonstrations", "demo"),
    ("Night-long protests and clashes with police left the square strewn with debris.",
     "protests", "demo"),
    # each conjunct keeps the mode of its own word
    ("Protests and riots spread to three more towns after the verdict.", "riots", "riot"),
    ("Rights groups documented torture and abductions of activists by the militia.",
     "abductions", "abduct"),
])
def test_a_coordinated_act_is_no_cue(mode_rules_pipe: Pipeline, text: str, word: str,
                                     mode: str) -> None:
    event = event_at(mode_rules_pipe, text, word)
    assert event.mode == mode, (event.type, event.trigger.text, event.rules)
