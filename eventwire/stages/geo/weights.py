"""Reading the geo stage's shipped model weights (the dateline keep/drop
model, the place chooser): JSON files in ``eventwire/data/geo/`` that ship
with the package and are never downloaded. A missing or corrupt file is a
broken install: EW211, never a silent fall-back to the rules (review61).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from eventwire.errors import Errors, EventwireError

Model = TypeVar("Model")


def feature_weights(data: dict[str, Any]) -> dict[str, float]:
    """The file's ``weights`` table, feature name -> float."""
    return {str(k): float(v) for k, v in data["weights"].items()}


def load_weights(path: Path, build: Callable[[dict[str, Any]], Model]) -> Model:
    """``build`` applied to the JSON object of ``path``; any failure to read
    or to build (a missing key, a value that is no number) is EW211."""
    try:
        return build(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise EventwireError(Errors.E211, path=path, detail=f"{type(e).__name__}: {e}") from e
