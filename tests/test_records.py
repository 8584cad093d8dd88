"""The typed record: Literal vocabularies agree with the run-time tuples, and
a record built by the pipeline has exactly the documented keys."""

from __future__ import annotations

import pytest

from eventwire import models
from eventwire.records import (
    Anchor,
    Certainty,
    EventRecord,
    Modality,
    PlaceBasis,
    PloverType,
    Precision,
    checked,
    values_of,
)


def test_literals_match_the_model_tuples() -> None:
    assert values_of(PloverType) == models.PLOVER_TYPES
    assert values_of(Modality) == models.MODALITIES
    assert values_of(Certainty) == models.CERTAINTIES
    assert values_of(Anchor) == models.ANCHORS
    assert values_of(Precision) == models.PRECISIONS
    assert values_of(PlaceBasis) == models.PLACE_BASES


def test_checked_refuses_a_value_outside_the_vocabulary() -> None:
    assert checked("threatened", Modality) == "threatened"
    with pytest.raises(ValueError, match="not one of"):
        checked("rumoured", Modality)


def test_pipeline_records_have_the_typed_keys(full_pipeline: object) -> None:
    from eventwire.nlp.pipeline import extract

    events = extract("Rebels attacked an army base in Goma on Monday, the army said.",
                     published="2021-03-03", pipeline=full_pipeline)  # type: ignore[arg-type]
    assert events
    record = events[0].to_dict()
    assert set(record) == set(EventRecord.__annotations__)
    assert record["type"] in models.PLOVER_TYPES
