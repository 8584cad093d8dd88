"""The stem screen of whole-text patterns (eventwire/nlp/stems.py, speed51):
every string a screened pattern can match holds one of its stems, and the
screen never says no where the pattern finds something."""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import pytest

from eventwire.nlp.stems import may_hold
from eventwire.stages.actors.lone_offenders import ARMED_STEMS, ARMED_STORY
from eventwire.stages.events.crime_suspects import CRIME_GROUP, CRIME_STEMS

SCREENED = [(ARMED_STORY, ARMED_STEMS), (CRIME_GROUP, CRIME_STEMS)]


def _strings(items: Any) -> set[str]:
    """Every string a finite, zero-width-assertion-tolerant pattern matches."""
    out = {""}
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width
        if op is C.LITERAL:
            alts = {chr(av)}
        elif op is C.IN:
            alts = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    alts.add(chr(iav))
                elif iop is C.RANGE:
                    alts |= {chr(c) for c in range(iav[0], iav[1] + 1)}
                else:
                    raise AssertionError(f"unexpected class item {iop}")
        elif op is C.SUBPATTERN:
            alts = _strings(av[-1])
        elif op is C.BRANCH:
            alts = set().union(*(_strings(b) for b in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av
            assert hi != C.MAXREPEAT and hi <= 3, "an unbounded repeat has no finite strings"
            one = _strings(sub)
            alts = set()
            for n in range(lo, hi + 1):
                reps = {""}
                for _ in range(n):
                    reps = {r + s for r in reps for s in one}
                alts |= reps
        else:
            raise AssertionError(f"unexpected op {op}")
        out = {o + a for o in out for a in alts}
    return out


@pytest.mark.parametrize(("pattern", "stems"), SCREENED)
def test_every_match_of_the_pattern_holds_a_stem(pattern: re.Pattern[str],
                                                  stems: tuple[str, ...]) -> None:
    strings = _strings(P.parse(pattern.pattern, pattern.flags))
    assert len(strings) > 20
    for s in strings:
        assert any(stem in s.lower() for stem in stems), s


TEXTS = [
    "Militiamen stormed the village before dawn, residents said.",
    "The cartel's KINGPIN was extradited on Tuesday.",
    "Police said a hit man had been paid to kill the witness.",
    "Two hitmen were arrested in Naples, where the Camorra holds sway.",
    "Somali Pirates seized a tanker off the coast.",
    "An ambush on the convoy killed three soldiers.",
    "Officers carried out dawn raids on six homes.",
    "The army said insurgents had fired on the base.",
    # near misses: stems inside other words or nothing of the class
    "The paramedics treated a drug user at the scene.",
    "The mayor praised the brigade of firefighters.",
    "A crime scene was sealed off after the storm.",
    "The gangway collapsed and the crowd rebelled against the organisers.",
    "The committee met in Istanbul and agreed on a budget.",
    # the folds str.lower does not give: always handed to the pattern
    "The ſyndicate was broken up by police.",
    "A raıd on the compound was called off.",
    "İnsurgents were seen near the border.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("pattern", "stems"), SCREENED)
def test_the_screen_never_hides_a_match(pattern: re.Pattern[str], stems: tuple[str, ...],
                                        text: str) -> None:
    if pattern.search(text):
        assert may_hold(text, stems)


def test_texts_without_a_stem_are_screened_out() -> None:
    assert not may_hold("The committee met in Istanbul and agreed on a budget.", ARMED_STEMS)
    assert not may_hold("The mayor praised the firefighters.", CRIME_STEMS)
    assert may_hold("The ſyndicate was broken up.", CRIME_STEMS)  # long s: not screened
    assert CRIME_GROUP.search("The ſyndicate of drug Lords")  # what IGNORECASE matches
    assert may_hold("A raıd was called off.", ARMED_STEMS)
    assert ARMED_STORY.search("A raıd was called off.")
