"""The splitter of the false-event classes verb and complement
(tools/false_event_split.py). Every text here was written for these tests."""

from __future__ import annotations

from tools.false_event_split import complement_class, construction, use_class, verb_class


def _tok(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


def test_lexical_class_and_use(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    assert verb_class(_tok(spacy_nlp, "Prices rose sharply in May.", "rose")) == "change/measure"
    assert use_class(_tok(spacy_nlp, "The army will attack the town.", "attack")) == \
        "modal/future"
    assert use_class(_tok(spacy_nlp, "The police did not arrest him.", "arrest")) == "negated"


def test_governing_predicate_class(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    tok = _tok(spacy_nlp, "The rebels plan to attack the convoy.", "attack")
    assert complement_class(tok) == "plan"
    tok = _tok(spacy_nlp, "The minister said troops had seized the port.", "seized")
    assert complement_class(tok) == "report"


def test_construction_names_the_fixed_sub_classes(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    tok = _tok(spacy_nlp, "The gunman fired twice at the post, hitting a guard.", "hitting")
    assert construction(tok) == "participle elaborating its governor"
    tok = _tok(spacy_nlp, "Crews battled the flames through the night.", "battled")
    assert construction(tok) == "struggle against a hazard"
    tok = _tok(spacy_nlp, "Troops battled the rebels near the town.", "battled")
    assert construction(tok) == "-"


def test_harm_class(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from tools.false_event_split import harm_class

    assert harm_class(_tok(spacy_nlp, "Guards shot and killed a smuggler.", "killed")) == \
        "joined to an act of force"
    assert harm_class(_tok(spacy_nlp, "Troops fired on the march and two men were killed.",
                           "killed")) == "conjunct with its own subject"
    assert harm_class(_tok(spacy_nlp, "The army launched an offensive and killed the commander.",
                           "killed")) == "joined to another act"
    assert harm_class(_tok(spacy_nlp, "Gunmen opened fire on the bus, killing six.",
                           "killing")) == "bare participle"
    assert harm_class(_tok(spacy_nlp, "The rebels signed the deal.", "signed")) == "-"


def test_harm_class_reads_the_rules_word_list(spacy_nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """review65: the tool's verbs of harm are harm_outcomes.py's, not a copy."""
    import eventwire.stages.events.harm_outcomes as rule
    from tools.false_event_split import harm_class

    monkeypatch.setattr(rule, "harm_verbs", lambda: frozenset({"kill"}))
    tok = _tok(spacy_nlp, "Riot police beat and injured a reporter in Lagos.", "injured")
    assert harm_class(tok) == "-"
    tok = _tok(spacy_nlp, "Riot police beat and killed a reporter in Lagos.", "killed")
    assert harm_class(tok) == "joined to an act of force"
