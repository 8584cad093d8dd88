"""tools/story_kinds.py: the story kind, why a match report is missed and the
trigger's construction. Every text here was written for these tests."""

from __future__ import annotations

from tools.story_kinds import construction, story_kind, why_missed


def test_story_kinds_from_words() -> None:
    assert story_kind("The Lions beat the Hawks 3-1 and the referee sent off the striker.") \
        == "match report"
    assert story_kind("Quarterly profit rose as sales grew and investors bought shares.") \
        == "company results"
    assert story_kind("The studio said the actress would star in the film at the festival.") \
        == "award, film or casting"
    assert story_kind("Troops shelled the town and the rebels withdrew.") == "other"


def test_why_a_match_report_is_missed() -> None:
    assert why_missed("The coach said the match was hard.") == "few game words"
    text = ("The striker scored. The goalkeeper saved a penalty and the referee waved play on.\n"
            "Police arrested fans. The minister condemned the violence. Officials met.")
    assert why_missed(text) == "told less than parties"


def test_construction_names_force_and_doer() -> None:
    assert construction({"type": "ASSAULT", "subject": "ent:PERSON"}) == "force, doer ent:PERSON"
    assert construction({"type": "CONSULT", "subject": "pronoun"}) == "other act, doer pronoun"
