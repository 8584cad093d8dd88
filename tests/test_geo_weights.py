"""Reading the geo stage's shipped weights (``eventwire/stages/geo/weights.py``):
a missing or corrupt file is EW211, whichever model reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.stages.geo.weights import feature_weights, load_weights


def test_the_weights_table_is_read_as_floats(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_text('{"weights": {"a": 1, "b": "-0.5"}, "bias": 2}', encoding="utf-8")
    assert load_weights(path, lambda d: (feature_weights(d), float(d["bias"]))) == (
        {"a": 1.0, "b": -0.5}, 2.0)


@pytest.mark.parametrize("content", [None, "{not json", '{"bias": 1}', '{"weights": {"a": "x"}}',
                                     '{"weights": [1, 2]}'])
def test_a_missing_or_corrupt_file_is_ew211(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "w.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EventwireError) as err:
        load_weights(path, feature_weights)
    assert err.value.code == "EW211"
