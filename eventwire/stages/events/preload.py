"""Read the events stage's word lists and small models when the component is
built, not on the first article.

Every list below is behind ``lru_cache`` and was first read inside the
first ``Doc`` the stage saw: ~0.3 s of YAML parsing and matcher building
charged to that article (and to ``eventwire bench``'s timed loop) instead of
to loading, where the KB and gazetteer already are. Reading them here
changes no value: the same cached functions are called, only earlier.
"""

from __future__ import annotations

from eventwire.stages.events.class_rules import act_lemmas
from eventwire.stages.events.detection import words
from eventwire.stages.events.mention_lookup import role_classes
from eventwire.stages.events.mode_cues import cue_index, load_cues, mode_masks
from eventwire.stages.events.mode_words import person_nouns
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.occurred_acts import occurrence_lemmas
from eventwire.stages.events.participants import agent_nouns, agent_sectors
from eventwire.stages.events.recipients import recipient_weights
from eventwire.stages.events.triggers import load_lexicon
from eventwire.stages.events.typing_classes import typing_classes
from eventwire.stages.events.word_led_classes import class_lowers


def preload() -> None:
    """Fill the stage's cached word lists (idempotent, cheap once filled)."""
    load_lexicon()
    words()
    word_classes()
    act_lemmas()
    typing_classes()
    load_cues()
    mode_masks()
    cue_index()
    person_nouns()
    role_classes()
    agent_sectors()
    agent_nouns()
    recipient_weights()
    class_lowers()  # with occurred_acts' own YAML (events53), not a word_list_loader
    occurrence_lemmas()
