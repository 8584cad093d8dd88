"""eventwire/stages/events/preload.py: the events stage's static word lists
are read when the stage is built, not inside the first article (speed40);
occurred_acts' own YAML reader (events53) among them."""

from __future__ import annotations

from eventwire.stages.events import occurred_acts, word_led_classes
from eventwire.stages.events.preload import preload


def test_preload_reads_the_occurred_acts_lists() -> None:
    readers = (occurred_acts.words, occurred_acts.occurrence_lemmas,
               word_led_classes.class_lowers)
    on_demand = [reader() for reader in readers]
    for reader in readers:
        reader.cache_clear()
    preload()
    for reader, value in zip(readers, on_demand, strict=True):
        assert reader.cache_info().currsize == 1
        assert reader() == value
