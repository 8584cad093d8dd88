"""Class *a quotation that continues its speaker*
(eventwire/stages/actors/quote_continuation.py). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,country,sector", [
    # the attribution is in the sentence before: the next quotation continues it
    ('"The vote was rigged," Kenyan opposition leader Raila Odinga said. "We will not '
     'accept it. I call on our supporters to march on Nairobi."', "call", "KEN", None),
    # reported speech first, then a quotation of the same speaker
    ("Nigerian army spokesman Onyema Nwachukwu told reporters on Monday that the "
     'operation would continue. "We have arrested 40 suspects so far."', "arrested", "NGA",
     "MIL"),
    # a pronoun speaker carries its antecedent into the continued quotation
    ("Peruvian President Dina Boluarte spoke in Lima on Friday. She said the curfew "
     'would stay. "I will not negotiate with those who burn our cities."', "negotiate",
     "PER", "GOV"),
])
def test_continued_quotation_takes_the_last_speaker(event_pipe: Pipeline, text: str,
                                                    trigger: str, country: str,
                                                    sector: str | None) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.actor is not None, ev
    assert ev.actor.country == country, ev.actor
    assert sector is None or sector in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text", [
    # narration in the first person: no quotation mark before the pronoun
    "We visited the camp on Tuesday. We interviewed refugees who said soldiers "
    "attacked them.",
    # the quotation closed before the pronoun: the outlet's voice again
    'A Sudanese army officer said: "The border is closed." We met the governor of Darfur '
    "on Tuesday and we protested against the closure.",
])
def test_first_person_outside_a_quotation_is_left_alone(event_pipe: Pipeline,
                                                        text: str) -> None:
    for ev in by_trigger(event_pipe, text).values():
        assert ev.actor is None or ev.actor.text.lower() not in ("we", "i"), ev
