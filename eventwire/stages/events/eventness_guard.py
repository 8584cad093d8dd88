"""A guard for refits of the learned eventness filter (branch events6).

A logistic regression over actor, sector and parse features can learn a
cue that is true of the training articles and wrong in general: one refit
weighted ``actor_sector=LAB`` at -0.74 and dropped every labour strike. The
guard lists canonical political events (each PLOVER type; strikes,
protests, statements by unions, students, farmers, parties, governments:
``eventwire/data/events/eventness_guard.yaml``) and reports those a set of
weights would drop; ``tools/kfold_event_filter.py write`` refuses weights
that drop any, and ``tests/test_eventness_guard.py`` checks the shipped
weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from eventwire.datafiles import load_yaml
from eventwire.models import Article
from eventwire.paths import DATA_DIR
from eventwire.stages.events.eventness import EventFilter, recorded_features

GUARD_PATH = DATA_DIR / "events" / "eventness_guard.yaml"


@dataclass(frozen=True)
class GuardCase:
    """One canonical event: its sentence, a word of its trigger, and the
    filter features of the event the rules find there (None: not found)."""

    text: str
    word: str
    features: tuple[str, ...] | None


@lru_cache(maxsize=1)
def guard_sentences() -> tuple[tuple[str, str], ...]:
    raw: list[dict[str, str]] = load_yaml(GUARD_PATH.read_text(encoding="utf-8"))
    return tuple((str(r["text"]), str(r["word"])) for r in raw)


def guard_cases(rules_pipe: Any) -> list[GuardCase]:
    """Run the guard sentences through a pipeline whose filter is off (the
    rules alone) and take each trigger's features as the filter computes
    them inside the events component (recording is switched on here: the
    features after the component ran are not the ones the filter is served,
    events13)."""
    rules_pipe.nlp.get_pipe("eventwire_events").record_features = True
    cases = []
    sentences = guard_sentences()
    arts = [Article(text=t, published=date(2024, 3, 1)) for t, _w in sentences]
    for (text, word), (_a, doc, _r) in zip(sentences, rules_pipe.docs(arts), strict=True):
        start = text.index(word)
        found = [feats for e, feats in recorded_features(doc)
                 if e.trigger.start <= start < e.trigger.end]
        cases.append(GuardCase(text, word, tuple(found[0]) if found else None))
    return cases


def dropped(model: EventFilter, cases: list[GuardCase]) -> list[tuple[str, str, float]]:
    """(sentence, word, probability) of the found guard events ``model``
    scores below its threshold."""
    return [(c.text, c.word, round(model.probability(list(c.features)), 3)) for c in cases
            if c.features is not None and not model.keep(list(c.features))]
