"""A sentence-final reporter tag relays the sentence's statement, even when
the reporter is in no media list (eventwire/stages/attribution/tags.py).
Every sentence was written for these tests (none from an evaluation set);
the reporters' names match no media name or noun of ``data/cues.yaml``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_attribution_chains import chains


# --- class: "X said …, M reported." — M relays X's statement
@pytest.mark.parametrize("text,act,speaker,reporter", [
    ("The governor said gunmen had burned three schools in the north, Prothom Alo reported.",
     "burned", "The governor", "Prothom Alo"),
    ("Police said two guards were shot dead outside the bank, Teletica reported.",
     "shot", "Police", "Teletica"),
    ("The rebel commander said his fighters had seized the airport and arrested the "
     "garrison chief, Kyodo reported late on Sunday.", "arrested", "The rebel commander", "Kyodo"),
    ("The opposition leader said militiamen attacked his convoy, Ukrinform reports.",
     "attacked", "The opposition leader", "Ukrinform"),
])
def test_trailing_reporter_tag_relays_the_statement(full_pipeline: Any, text: str, act: str,
                                                    speaker: str, reporter: str) -> None:
    links = chains(full_pipeline, text)[act]
    assert links["speaker"] == [speaker]
    assert links["relay"] == [reporter]


# --- near misses: no other statement, a reporter inside a clause, a reporter
# with a complement of its own, a participle with no reporter
@pytest.mark.parametrize("text,act,speaker", [
    ("Gunmen burned three schools in the north, Prothom Alo reported.", "burned", "Prothom Alo"),
    ("The governor said gunmen had burned three schools, which Prothom Alo reported.",
     "burned", "The governor"),
    ("The governor said gunmen had burned three schools, while Prothom Alo reported that "
     "two villages were shelled.", "burned", "The governor"),
    ("The governor said gunmen had burned three schools, the worst attack reported this year.",
     "burned", "The governor"),
    ("Villagers said militiamen torched their huts, the deadliest raid reported since March.",
     "torched", "Villagers"),
])
def test_no_relay_without_a_bare_reporter_tag(full_pipeline: Any, text: str, act: str,
                                             speaker: str) -> None:
    links = chains(full_pipeline, text)[act]
    assert links["speaker"] == [speaker]
    assert "relay" not in links
