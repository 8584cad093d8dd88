"""The class-rule tables of eventwire/stages/events/triggers.py (branch
refactor29). Every sentence here was written for these tests (none from an
evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.class_rules import (
    AFTER_LEXICON,
    BEFORE_LEXICON,
    ClassRule,
    class_rule_candidate,
)


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form,kind,mode,rule,width", [
    ("The coast guard told fishermen to keep out of the bay.", "told",
     "REQUEST", None, "curated-verb+directive", 1),
    ("Guards prevented the reporters from entering the camp.", "prevented",
     "COERCE", "restrict", "curated-verb+prevention", 1),
    # a deed foiled has no mode (modes39)
    ("Marines prevented the gang from boarding the tanker.", "prevented",
     "COERCE", None, "curated-verb+prevention", 1),
    ("The ministry encouraged farmers to plant earlier.", "encouraged",
     "REQUEST", None, "curated-verb+directive", 1),
])
def test_before_lexicon(spacy_nlp: Any, text: str, form: str, kind: str, mode: str | None,
                        rule: str, width: int) -> None:
    tok = word(spacy_nlp, text, form)
    cand = class_rule_candidate(tok, BEFORE_LEXICON)
    assert cand is not None
    assert (cand.type, cand.mode, cand.rule, cand.end - tok.i) == (kind, mode, rule, width)


@pytest.mark.parametrize("text,form", [
    ("The orchestra played a waltz in the park.", "played"),
    ("She painted the fence on Sunday.", "painted"),
    ("The river rose after the storm.", "rose"),
])
def test_no_class_rule(spacy_nlp: Any, text: str, form: str) -> None:
    tok = word(spacy_nlp, text, form)
    assert class_rule_candidate(tok, BEFORE_LEXICON) is None
    assert class_rule_candidate(tok, AFTER_LEXICON) is None


def test_first_matching_rule_wins_and_end_is_the_rules(spacy_nlp: Any) -> None:
    tok = word(spacy_nlp, "The ferry company shut down its office.", "shut")
    rules = (ClassRule(lambda t: False, "FIGHT", None, "never"),
             ClassRule(lambda t: True, "COERCE", "restrict", "always", lambda t: t.i + 2),
             ClassRule(lambda t: True, "ASSAULT", None, "later"))
    cand = class_rule_candidate(tok, rules)
    assert cand is not None
    assert (cand.type, cand.rule, cand.end) == ("COERCE", "curated-verb+always", tok.i + 2)


HEADLINES = (
    "Militants torch school in northern village",
    "Farmers block highway over fuel prices",
    "Coastguard seizes trawler off the cape",
    "Police fire tear gas at striking dockers",
)


@pytest.mark.parametrize("text", HEADLINES)
def test_headline_verb_after_the_lexicon_answers_as_before(spacy_nlp: Any, text: str) -> None:
    """speed30 asks the lexicon before ``headline_verb`` (which builds the
    words around the noun): the same nouns pass as in the old order."""
    from eventwire.stages.events.headlines import headline_verb
    from eventwire.stages.events.triggers import load_lexicon

    lex = load_lexicon()
    for tok in spacy_nlp(text):
        lemma = tok.lemma_.lower()
        old = headline_verb(tok) and lemma in lex.verbs and lemma not in lex.not_events
        new = lemma in lex.verbs and lemma not in lex.not_events and headline_verb(tok)
        assert old == new, tok.text


def test_class_rule_lemmas_hold_every_rule_verb(spacy_nlp: Any) -> None:
    """speed40: ``_candidate`` asks the eight rules only of a verb whose
    lemma ``class_rule_lemmas`` holds; every other verb gets None from them."""
    from eventwire.stages.events.class_rules import class_rule_lemmas

    texts = ["The coast guard told fishermen to keep out of the bay.",
             "Guards prevented the reporters from entering the camp.",
             "The union will hold the owners responsible for the collapse.",
             "The ferry company shut down its office after the flood.",
             "The orchestra played a waltz while she painted the fence."]
    ruled = 0
    for text in texts:
        for tok in spacy_nlp(text):
            if tok.lemma_.lower() in class_rule_lemmas():
                ruled += 1
                continue
            assert class_rule_candidate(tok, BEFORE_LEXICON) is None, tok.text
            assert class_rule_candidate(tok, AFTER_LEXICON) is None, tok.text
    assert ruled >= 4
    assert {"tell", "prevent", "hold", "shut"} <= class_rule_lemmas()
