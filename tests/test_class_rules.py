"""class_rules: the verb-alone class rules split from triggers.py (the
before/after-lexicon ordering is tested in tests/test_triggers.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.events.class_rules import (
    ACT_CLASSES,
    act_candidate,
    act_lemmas,
    class_rule_lemmas,
)


def test_every_rule_table_is_screened_by_its_lemmas() -> None:
    """The screens are non-empty lower-cased verb lemmas; every act class has a rule name."""
    assert act_lemmas() and all(w == w.lower() for w in act_lemmas())
    assert class_rule_lemmas() and all(" " not in w for w in class_rule_lemmas())
    assert all(r.rule for r in ACT_CLASSES)


@pytest.mark.parametrize("text,verb,kind,mode", [
    ("The rebels agreed to talk with the government.", "talk", "CONSULT", None),
    ("The army set up a base near the border.", "set", "MOBILIZE", None),
    # (types67) a checkpoint set up controls movement: COERCE restrict, as the
    # development gold types every "set up checkpoints" (rec_w, rec_x, rec_ak, rec_ao)
    ("The army set up a checkpoint near the border.", "set", "COERCE", "restrict"),
    ("Militiamen have erected checkpoints on every road out of the valley.", "erected",
     "COERCE", "restrict"),
    ("Police established a new checkpoint at the entrance to the port.", "established",
     "COERCE", "restrict"),
    ("The junta allowed aid agencies to enter the camp.", "allowed", "RETREAT", "access"),
    ("The government bowed to the protesters' demands.", "bowed", "CONCEDE", None),
])
def test_an_act_class_types_its_verb(spacy_nlp: Language, text: str, verb: str,
                                     kind: str, mode: str | None) -> None:
    """Class *an act read with its object or clause* (acts.py): talks, posts
    set up, access allowed, demands yielded to."""
    tok = next(t for t in spacy_nlp(text) if t.text == verb)
    found = act_candidate(tok)
    assert found is not None and (found.type, found.mode) == (kind, mode), found
    assert found.rule.startswith("curated-verb+")


@pytest.mark.parametrize("text,verb", [
    ("Volunteers set up a medical checkpoint for the marathon runners.", "set"),
    ("The army reinforced its checkpoints around the camp.", "reinforced"),
    ("The ministry set up a committee to review the border checkpoints.", "set"),
])
def test_near_misses_set_up_no_checkpoint(spacy_nlp: Language, text: str, verb: str) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == verb)
    found = act_candidate(tok)
    assert found is None or found.rule != "curated-verb+checkpoint", found


def test_a_verb_outside_the_screen_gets_no_act_candidate(spacy_nlp: Language) -> None:
    tok = next(t for t in spacy_nlp("The river flooded the valley.") if t.text == "flooded")
    assert act_candidate(tok) is None


def test_a_checkpoint_set_up_names_no_recipient() -> None:
    """(types67) the checkpoint is what is set up, not whom the act targets."""
    from datetime import date

    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline
    pipe = Pipeline(components=("eventwire_actors", "eventwire_events"))
    for text in ("Soldiers set up checkpoints across the port city overnight.",
                 "Police have erected a checkpoint at the bridge.",
                 "The militia established checkpoints on the northern road."):
        ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 3, 5))]))
        assert doc is not None
        got = [e for e in doc._.events if e.type == "COERCE"]
        assert got and got[0].recipient is None, got
