"""Class *the complement of "N units after" misparsed*
(eventwire/stages/time/relation_parse.py). Every sentence was written for
these tests (none from an evaluation set)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.stages.time.relation_parse import linear_complement


@pytest.fixture(scope="module")
def pipe() -> Any:
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings(progress=False))


def dates(pipe: Any, text: str, published: str) -> dict[str, str | None]:
    art = Article(text=text, id="t", published=date.fromisoformat(published), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return {e.mention.trigger.text: e.mention.time.value for e in events}


@pytest.mark.parametrize("text,published,trigger,expected", [
    # the complement's verb parsed as the sentence's root
    ("Warplanes bombed rebel bases in the north early on Tuesday, a military spokesman said, "
     "two days after a rocket attack on the capital killed four civilians.", "2025-03-04",
     "killed", "2025-03-02"),
    # a nominal subject with an "of" phrase; three days back
    ("The mayor resigned on Monday, three days after the collapse of a footbridge killed "
     "nine commuters.", "2025-02-10", "killed", "2025-02-07"),
    # a main clause of two verbs; the subject's "from across the border"
    ("Chile summoned the Bolivian consul on Monday and closed two border posts, a day after "
     "gunfire from across the border struck a police jeep.", "2025-03-10", "struck",
     "2025-03-09"),
])
def test_misparsed_complement_is_dated_back(pipe: Any, text: str, published: str,
                                            trigger: str, expected: str) -> None:
    assert dates(pipe, text, published)[trigger] == expected


@pytest.mark.parametrize("text,published,trigger,expected", [
    # "after" with no clause: the comma ends it, the act is the day's own
    ("Hours after the verdict, protesters blocked the main road, police said.", "2025-02-13",
     "blocked", "2025-02-13"),
    # a present perfect: no past act told as the complement
    ("Two days after the attack, troops have killed five suspects, the army said on Friday.",
     "2025-02-14", "killed", None),
])
def test_near_misses_keep_their_date(pipe: Any, text: str, published: str, trigger: str,
                                     expected: str | None) -> None:
    assert dates(pipe, text, published)[trigger] == expected


@pytest.mark.parametrize("text,after,trigger,expected", [
    ("Police arrested six men a day after a bomb hit a bus.", "after", "hit", True),
    # a verb between "after" and the trigger: the saying is the complement
    ("Police arrested six men a day after officials said gunmen attacked a bus.", "after",
     "attacked", False),
    # a present perfect trigger
    ("Two days after the raid troops have killed five suspects.", "after", "killed", False),
    # the trigger before "after"
    ("Rebels shelled the town a day after the talks.", "after", "shelled", False),
])
def test_linear_complement_guard(text: str, after: str, trigger: str, expected: bool) -> None:
    """The rule's own guard on a bare parse (the pipeline tests above could
    pass through another rule; these check the word-order test itself)."""
    from eventwire.nlp.pipeline import Pipeline

    ((_, doc, _),) = list(Pipeline(components=()).docs([Article(
        text=text, published=date(2025, 3, 1))]))
    word = next(t for t in doc if t.text == after)
    trig = next(t for t in doc if t.text == trigger)
    assert linear_complement(word, trig) is expected
