"""Where the mode assigner reads its cues (mode_context.py): class *a headline
verb read as a modifier noun* ("police fire tear gas at protesters", where the
parser makes "fire" a compound of "gas")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.events.mode_context import clause_head


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


WALK_TEXTS = [
    "Police fired teargas at youths throwing stones and arrested twelve of them after the "
    "march.",
    "The ministers called on both sides to resume talks, saying the ceasefire had held.",
    "Warplanes circled the town and bombed it, while rebels who had seized the bridge fled "
    "during the night.",
    "The council rejected the proposal before the vote, and residents protested outside.",
]


def _tokens_walk(top, cut):  # type: ignore[no-untyped-def]
    """The Token walk ``_subtree_without`` did before speed42."""
    out, stack = [], [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(child for child in tok.children if not cut(tok, child))
    return sorted(out, key=lambda t: t.i)


@pytest.mark.parametrize("text", WALK_TEXTS)
def test_own_clause_and_content_equal_the_token_walk(spacy_nlp: Language, text: str) -> None:
    """speed42: the walk on the children table gives the tokens of the
    Token walk, for every word as trigger (byte-identical output)."""
    from eventwire.stages.events.mode_context import (
        _other_event_child,
        _purpose,
        clause_head,
        content,
        head_line,
        own_clause,
    )

    doc = spacy_nlp(text)
    for tok in doc:
        trigger = doc[tok.i:tok.i + 1]
        root = trigger.root
        line = head_line(root)
        walked = _tokens_walk(clause_head(trigger), lambda _t, c, line=line: c.i not in line
                              and _other_event_child(c))
        assert own_clause(trigger)[-len(walked):] == walked, (text, tok.text)

        def cut(t, c, root=root):  # type: ignore[no-untyped-def]
            if t == root:
                return not _purpose(c) and c.dep_ in (
                    "nsubj", "nsubjpass", "advcl", "parataxis", "conj", "cc", "punct")
            return c.dep_ in ("advcl", "parataxis")
        assert content(trigger) == _tokens_walk(root, cut), (text, tok.text)
