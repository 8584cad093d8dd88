"""tools/real_story_kinds.py: the story kind of real outlets' texts and the
split table. Every text here was written for these tests."""

from __future__ import annotations

from tools.real_story_kinds import real_kind, table, violence_words


def test_kinds_from_words() -> None:
    assert real_kind("The outbreak infected forty patients and the hospital tested the "
                     "strain.") == "health/science"
    assert real_kind("The quake and a fire left survivors without power.") \
        == "accident/disaster"
    assert real_kind("Police arrested a suspect after the shooting.") == "crime/justice"
    assert real_kind("The minister told parliament the election would go ahead.") \
        == "politics/conflict"
    assert real_kind("The bakery sold bread.") == "other"


def test_violence_words_hold_the_curated_forces() -> None:
    got = violence_words()
    assert {"police", "gunmen", "pirates", "shooting"} <= got
    assert "explosion" not in got


def test_table_counts_false_and_matched() -> None:
    rows = [("a", {"tp": True, "set": "rec_a"}), ("a", {"tp": False, "set": "rec_b"}),
            ("a", {"tp": False, "set": "rec_b"})]
    assert table(rows)[2] == "| a | 2 | 1 | 1 |"


def test_the_tool_reads_the_rules_word_union() -> None:
    from eventwire.stages.events import peaceful_stories

    assert violence_words is peaceful_stories.violence_words
