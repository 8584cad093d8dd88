"""tools/false_reason_census.py: the reason and the text kind of a false
event (issue #12, branch false50)."""

from __future__ import annotations

from eventwire.stages.events.lexicon import load_lexicon
from tools.false_reason_census import lexicon_source, reason, text_kind


def _row(construction: str, cls: str = "verb") -> dict[str, str]:
    return {"construction": construction, "cls": cls}


def test_the_construction_names_the_reason_first() -> None:
    assert reason(_row("repeated mention"), "GOV") == "repeated mention"
    assert reason(_row("future/planned"), "CVL") == "hypothetical or generic"
    assert reason(_row("beside a gold event", "near-miss"), None) == "beside a gold event"


def test_a_private_actor_or_no_political_side() -> None:
    assert reason(_row("other verb"), "BUS") == "non-political actor"
    assert reason(_row("other verb", "no-political"), None) == "non-political actor"
    assert reason(_row("other verb"), "GOV") == "other"
    assert reason(_row("other verb", "headline"), "GOV") == "repeated mention"


def test_text_kinds() -> None:
    assert text_kind("sport/business", True) == "look-alike"
    assert text_kind("crime/justice", False) == "crime/court, no political actor"
    assert text_kind("crime/justice", True) == "political"
    assert text_kind("health/science", False) == "other, no political actor"


def test_the_lexicon_source_of_a_trigger_word() -> None:
    lex = load_lexicon()
    assert lexicon_source({"lemma": "attack", "pos": "NOUN"}, lex) == "nominal list"
    assert lexicon_source({"lemma": "say", "pos": "VERB"}, lex) == "verb, class rule or pattern"
    assert lexicon_source({"lemma": "suspect", "pos": "VERB"}, lex) == \
        "verb, class rule or pattern"  # a verb of suspicion is no event (false51)
    assert lexicon_source({"lemma": "urge", "pos": "VERB"}, lex).endswith(" verb")
