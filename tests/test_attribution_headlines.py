"""Headlines that name their source after the claim
(eventwire/stages/attribution/headlines.py, issue #12, branch speakers8):
sentences written for these tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_attribution_boundaries import quotes

BODY = "\nCITY - The story goes on here."


# --- class: headline "content: Source", "content - Source", "content, Source say(s)"
@pytest.mark.parametrize("headline,speaker,content", [
    ("Suspended worker kills two women in factory shooting: Police", "Police",
     "Suspended worker kills two women in factory shooting"),
    ("Russia returns 248 servicemen from Ukrainian captivity - Defence Ministry",
     "Defence Ministry", "Russia returns 248 servicemen from Ukrainian captivity"),
    ("Warring sides agree to weeklong ceasefire, US and Saudis say", "US and Saudis",
     "Warring sides agree to weeklong ceasefire"),
    ("Troops kill 15 rebels in northern raid: Army", "Army",
     "Troops kill 15 rebels in northern raid"),
])
def test_source_after_the_claim(quote_pipe: Pipeline, headline: str, speaker: str,
                                content: str) -> None:
    first = quotes(quote_pipe, headline + BODY)[0]
    assert (first[0], first[2]) == (speaker, content)


# --- negatives: a site name, a rubric, a country, a topic without a verb, a sentence
@pytest.mark.parametrize("headline", [
    "Brexit talks stall again - BBC News",
    "Protesters storm parliament in Nairobi: live",
    "Floods kill 40 in Kerala - India",
    "Fuel prices and the coming winter: Ministry",
    "Police arrest 12 after riot in the port - officials.",
])
def test_no_source_after_the_claim(quote_pipe: Pipeline, headline: str) -> None:
    assert all(row[2] != headline.split(":")[0].split(" -")[0]
               for row in quotes(quote_pipe, headline + BODY))
